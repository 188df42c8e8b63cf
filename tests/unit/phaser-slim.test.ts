/**
 * The games' own Phaser build (integrations/phaser-slim.ts) must hold everything the games call:
 * a missing scene plugin only logs "Core Plugins missing" and shows a blank canvas, and a missing
 * factory fails only when a game reaches it. These read the games' sources for what they call
 * and the build for what registers it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundlePhaserSlim, editPhaserSource } from '../../integrations/phaser-slim';

const PHASER_SRC = 'node_modules/phaser/src';

function sourcesIn(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourcesIn(path);
    return entry.name.endsWith('.ts') ? [readFileSync(path, 'utf8')] : [];
  });
}

const gameCode = sourcesIn('games').join('\n');
const called = (pattern: RegExp) => [...new Set([...gameCode.matchAll(pattern)].map((m) => m[1]!))].sort();
/** What esbuild's bundle registers with one of Phaser's registries, e.g. GameObjectFactory. */
const registered = (code: string, registry: string) =>
  [...code.matchAll(new RegExp(`\\b${registry}\\d*\\.register\\(\\s*"(\\w+)"`, 'g'))].map((m) => m[1]!);

let code = '';
beforeAll(async () => {
  code = await bundlePhaserSlim();
}, 60_000);

describe("the games' Phaser build", () => {
  it('registers every plugin a scene cannot start without, and the ones the games use', () => {
    const defaults = readFileSync(join(PHASER_SRC, 'plugins/DefaultPlugins.js'), 'utf8');
    const coreScene = [...defaults.match(/CoreScene: \[([^\]]*)\]/)![1]!.matchAll(/'(\w+)'/g)].map((m) => m[1]!);
    expect(coreScene).toContain('CameraManager');
    const plugins = registered(code, 'PluginCache');
    for (const name of [...coreScene, 'Clock', 'InputPlugin', 'Loader', 'TweenManager']) expect(plugins).toContain(name);
    expect(registered(code, 'InputPluginCache')).toContain('KeyboardPlugin');
  });

  it('has a factory for everything the games add or make, and a loader for every file type they load', () => {
    // `existing` adds what a game made itself (Words, a measured Text): the factory's own method.
    const added = called(/this\.add\.(\w+)\(/g).filter((name) => name !== 'existing');
    const made = called(/this\.make\.(\w+)\(/g);
    const loaded = called(/this\.load\.(\w+)\(/g);
    expect(added).toEqual(expect.arrayContaining(['image', 'zone']));
    expect(registered(code, 'GameObjectFactory')).toEqual(expect.arrayContaining(added));
    expect(registered(code, 'GameObjectCreator')).toEqual(expect.arrayContaining(made));
    expect(registered(code, 'FileTypesManager')).toEqual(expect.arrayContaining(loaded));
  });

  it('draws with the canvas renderer and carries no WebGL renderer, physics, tilemaps or sound', () => {
    const modules = [...code.matchAll(/^\/\/ node_modules\/phaser\/src\/(\S+)$/gm)].map((m) => m[1]!);
    expect(modules).toContain('renderer/canvas/CanvasRenderer.js');
    const unwanted = modules.filter((m) => /^(renderer\/webgl\/WebGLRenderer|physics\/|tilemaps\/|sound\/|filters\/)/.test(m));
    expect(unwanted).toEqual([]);
  });

  it('draws each picture at its own size, not stretched by half a pixel (a filtered draw in every frame)', () => {
    const renderer = readFileSync(join(PHASER_SRC, 'renderer/canvas/CanvasRenderer.js'), 'utf8');
    expect(renderer).toMatch(/fw \+= 0\.5;/);
    const drawn = code.slice(code.indexOf('// node_modules/phaser/src/renderer/canvas/CanvasRenderer.js'));
    expect(drawn).toMatch(/x = Math\.floor\(x \+ 0\.5\);\s*y = Math\.floor\(y \+ 0\.5\);/);
    expect(drawn).not.toMatch(/fw \+= 0\.5/);
  });

  it('makes no WebGL context to learn whether it could use one', () => {
    expect(readFileSync(join(PHASER_SRC, 'device/Features.js'), 'utf8')).toMatch(/Features\.webGL = testWebGL\(\);/);
    expect(code).toMatch(/Features\.webGL = false;/);
    expect(code).not.toMatch(/testWebGL\(\)/);
  });

  it('fails the build when Phaser changes under one of its edits, and leaves other files alone', () => {
    expect(() => editPhaserSource('device/Features.js', 'Features.webGL = detect();')).toThrow(/device\/Features\.js/);
    expect(editPhaserSource('core/Game.js', 'fw += 0.5;')).toBe('fw += 0.5;');
  });
});
