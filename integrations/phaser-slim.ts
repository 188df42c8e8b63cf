/**
 * The games get a Phaser built from only the parts they use, not the whole framework.
 *
 * The games draw with Phaser's canvas renderer (see games/shared/phaser-config.ts), play sound
 * through Howler, and use images, text, graphics, containers, zones, tweens, timers, input and the
 * SVG loader. The stock bundle also carries the WebGL renderer and its shaders, two physics
 * engines, tilemaps, particles, Phaser's own sound, and forty other game objects, none of which a
 * game here touches. `npm run bench -- games` compares the game page's JavaScript with the stock
 * bundle.
 *
 * Phaser's sources are CommonJS with build flags (`typeof WEBGL_RENDERER`) that its own webpack
 * build replaces; esbuild bundles them here with the same flags, and drops the code behind a flag
 * that is off. The result is one ES module that replaces `import * as Phaser from 'phaser'` in the
 * site's build and dev server. Types still come from Phaser's own declarations, so a game that
 * starts using a part not listed below type-checks but fails in its e2e test: add the part to
 * ENTRY.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { build } from 'esbuild';
import type { Plugin } from 'vite';

/** Phaser's build flags (node_modules/phaser/config/webpack.dist.config.js), set for these games. */
export const PHASER_FLAGS: Record<string, boolean> = {
  CANVAS_RENDERER: true,
  WEBGL_RENDERER: false,
  WEBGL_DEBUG: false,
  EXPERIMENTAL: false,
  FEATURE_SOUND: false,
  PLUGIN_CAMERA3D: false,
  PLUGIN_FBINSTANT: false,
};

/**
 * What the games use, as an ES module over Phaser's sources. Importing a factory or a plugin
 * registers it with Phaser (`this.add.text`, `this.tweens`, `this.load.svg`), so those are
 * imported for their effect. Phaser's own entry also loads a polyfill for video frames; no game
 * plays video, so it is left out.
 */
const ENTRY = `
import CONST from './const.js';
import Game from './core/Game.js';
import Scene from './scene/Scene.js';
import Scale from './scale/index.js';
import DegToRad from './math/DegToRad.js';
import Vector2 from './math/Vector2.js';
import GameObject from './gameobjects/GameObject.js';
import Container from './gameobjects/container/Container.js';
import Graphics from './gameobjects/graphics/Graphics.js';
import Image from './gameobjects/image/Image.js';
import Text from './gameobjects/text/Text.js';
import Zone from './gameobjects/zone/Zone.js';
import TransformMatrix from './gameobjects/components/TransformMatrix.js';
// The plugins every scene needs (plugins/DefaultPlugins.js), less WebGL's lights and the scene's
// data store (no game uses this.data; Phaser skips a default plugin it does not have).
import './events/EventEmitter.js';
import './cameras/2d/CameraManager.js';
import './gameobjects/GameObjectCreator.js';
import './gameobjects/GameObjectFactory.js';
import './scene/ScenePlugin.js';
import './gameobjects/DisplayList.js';
import './gameobjects/UpdateList.js';
import './time/Clock.js';
import './input/InputPlugin.js';
import './input/keyboard/KeyboardPlugin.js';
import './loader/LoaderPlugin.js';
import './tweens/TweenManager.js';
// The game objects the games add, and the file type they load.
import './gameobjects/container/ContainerFactory.js';
import './gameobjects/graphics/GraphicsFactory.js';
import './gameobjects/graphics/GraphicsCreator.js';
import './gameobjects/image/ImageFactory.js';
import './gameobjects/text/TextFactory.js';
import './gameobjects/zone/ZoneFactory.js';
import './loader/filetypes/SVGFile.js';

export const AUTO = CONST.AUTO;
export const CANVAS = CONST.CANVAS;
export const WEBGL = CONST.WEBGL;
export const HEADLESS = CONST.HEADLESS;
export const VERSION = CONST.VERSION;
// Phaser.Time is only a type here (TimerEvent); its namespace would bring the unused Timeline.
export { Game, Scene, Scale };
export const GameObjects = { GameObject, Container, Graphics, Image, Text, Zone, Components: { TransformMatrix } };
export const Math = { DegToRad, Vector2 };
`;

interface SourceEdit {
  /** The file under phaser/src. */
  file: string;
  find: RegExp;
  replace: string;
}

/**
 * Changes to Phaser's own code in this build. Each fails the build when Phaser's code changes
 * under it (a new Phaser version), so a change never silently stops applying.
 */
export const SOURCE_EDITS: readonly SourceEdit[] = [
  // With round pixels on, Phaser's canvas renderer rounds where each picture goes and then draws
  // it half a pixel wider and taller than it is, so the tiles of a tile map leave no seams. The
  // games have no tile maps, and the stretch made every picture in every frame a scaled, filtered
  // draw instead of a straight copy of its pixels: Chromium without a GPU rasters a canvas on the
  // page's own thread, and at 4x slow-down that raster took Age Gate 9.6 ms a frame with the
  // stretch and 6.6 ms without (bare Phaser scene: 2.4).
  {
    file: 'renderer/canvas/CanvasRenderer.js',
    find: /(x = Math\.floor\(x \+ 0\.5\);\s*y = Math\.floor\(y \+ 0\.5\);)\s*fw \+= 0\.5;\s*fh \+= 0\.5;/,
    replace: '$1',
  },
  // Phaser makes a WebGL context at start to learn whether it could use one (26 ms of Age Gate's
  // start at 4x slow-down, where a laptop without a GPU runs WebGL in software). This build has
  // no WebGL renderer to choose.
  { file: 'device/Features.js', find: /Features\.webGL = testWebGL\(\);/, replace: 'Features.webGL = false;' },
];

/** `source` (the file at `file` under phaser/src) with this build's edits made. */
export function editPhaserSource(file: string, source: string): string {
  let edited = source;
  for (const edit of SOURCE_EDITS) {
    if (edit.file !== file) continue;
    if (!edit.find.test(edited)) {
      throw new Error(`phaser-slim: ${file} no longer has ${edit.find}; look again at SOURCE_EDITS`);
    }
    edited = edited.replace(edit.find, edit.replace);
  }
  return edited;
}

const ID = 'phaser';
const RESOLVED = '\0terrific-tom:phaser-slim';

/** Bundles the entry above into one ES module (not minified: Vite minifies it with the page). */
export async function bundlePhaserSlim(): Promise<string> {
  const srcDir = join(dirname(createRequire(import.meta.url).resolve('phaser/package.json')), 'src');
  const flags = new RegExp(`typeof (${Object.keys(PHASER_FLAGS).join('|')})\\b`, 'g');
  const result = await build({
    stdin: { contents: ENTRY, resolveDir: srcDir, sourcefile: 'phaser-slim.js', loader: 'js' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    legalComments: 'none',
    logLevel: 'silent',
    plugins: [
      {
        name: 'phaser-flags',
        setup(b) {
          // Every camera makes a FilterList, whose add methods name each WebGL filter; the
          // canvas renderer never runs them, so the list gets a stand-in for each.
          b.onResolve({ filter: /^\.\.\/\.\.\/filters\/\w+$/ }, (args) =>
            args.importer.endsWith('FilterList.js') ? { path: args.path, namespace: 'webgl-filter' } : undefined,
          );
          b.onLoad({ filter: /.*/, namespace: 'webgl-filter' }, (args) => ({
            contents: `module.exports = function () { throw new Error(${JSON.stringify(`${args.path.split('/').pop()}: WebGL filters are not in the games' Phaser build`)}); };`,
            loader: 'js',
          }));
          // The keyboard plugin can make key combos (a cheat code typed in); no game asks for one.
          b.onResolve({ filter: /^\.\/combo\/KeyCombo$/ }, (args) =>
            args.importer.endsWith('KeyboardPlugin.js') ? { path: args.path, namespace: 'key-combo' } : undefined,
          );
          b.onLoad({ filter: /.*/, namespace: 'key-combo' }, () => ({
            contents: `module.exports = function () { throw new Error('Key combos are not in the games\\' Phaser build'); };`,
            loader: 'js',
          }));
          // The texture manager makes one tile sprite up front, for DynamicTexture.repeat; no game
          // uses either, and a tile sprite brings sprite animation with it. It gets a stand-in that
          // only takes its origin (what the manager asks at start); using it for anything throws.
          b.onResolve({ filter: /^\.\.\/gameobjects\/tilesprite\/TileSprite$/ }, (args) =>
            args.importer.endsWith('TextureManager.js') ? { path: args.path, namespace: 'tile-sprite' } : undefined,
          );
          b.onLoad({ filter: /.*/, namespace: 'tile-sprite' }, () => ({
            contents: `function TileSprite() {} TileSprite.prototype.setOrigin = function () { return this; }; module.exports = TileSprite;`,
            loader: 'js',
          }));
          // The game's settings and tween values read one thing from the whole Math namespace:
          // its shared random number generator. They get a namespace with only that.
          b.onResolve({ filter: /^(\.\.\/)+math\/?$/ }, (args) =>
            /(Config|GetAdvancedValue)\.js$/.test(args.importer)
              ? { path: 'rnd', namespace: 'phaser-math-rnd', pluginData: srcDir }
              : undefined,
          );
          b.onLoad({ filter: /.*/, namespace: 'phaser-math-rnd' }, (args) => ({
            contents: `module.exports = { RND: null, RandomDataGenerator: require('./math/random-data-generator/RandomDataGenerator.js') };`,
            resolveDir: args.pluginData as string,
            loader: 'js',
          }));
          b.onLoad({ filter: /[\\/]phaser[\\/]src[\\/].*\.js$/ }, async (args) => {
            const flagged = (await readFile(args.path, 'utf8')).replace(flags, (_, flag: string) => String(PHASER_FLAGS[flag]));
            const file = relative(srcDir, args.path).split(sep).join('/');
            return { contents: editPhaserSource(file, flagged), loader: 'js' };
          });
        },
      },
    ],
  });
  return result.outputFiles[0]!.text;
}

export function phaserSlim(): Plugin {
  let code: Promise<string> | undefined;
  return {
    name: 'terrific-tom:phaser-slim',
    enforce: 'pre',
    resolveId(id) {
      return id === ID ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      code ??= bundlePhaserSlim();
      return code;
    },
  };
}
