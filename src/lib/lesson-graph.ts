/**
 * Pure checks on a lesson's scene graph. Used by the lesson schema (so a broken lesson fails the
 * build), by the content check that compares translations, and by the lesson player.
 */

export interface GraphChoice {
  id: string;
  safe: boolean;
  next: string;
  misconception?: string | undefined;
}

export interface GraphScene {
  choices?: readonly GraphChoice[] | undefined;
  end?: unknown;
}

export interface GraphLesson {
  start: string;
  scenes: Readonly<Record<string, GraphScene>>;
}

export interface GraphProblem {
  sceneId?: string;
  message: string;
}

/** Every problem in the graph, in scene order; an empty list means the lesson is sound. */
export function findGraphProblems(lesson: GraphLesson): GraphProblem[] {
  const problems: GraphProblem[] = [];
  const ids = Object.keys(lesson.scenes);
  const exists = (id: string) => Object.hasOwn(lesson.scenes, id);

  if (!exists(lesson.start)) {
    problems.push({ message: `start scene "${lesson.start}" does not exist` });
  }

  for (const sceneId of ids) {
    const scene = lesson.scenes[sceneId]!;
    const choices = scene.choices ?? [];
    const seen = new Set<string>();
    for (const choice of choices) {
      if (seen.has(choice.id)) {
        problems.push({ sceneId, message: `scene "${sceneId}" has two choices with the id "${choice.id}"` });
      }
      seen.add(choice.id);
      if (!exists(choice.next)) {
        problems.push({
          sceneId,
          message: `choice "${choice.id}" in scene "${sceneId}" leads to "${choice.next}", which is not a scene`,
        });
      }
      if (!choice.safe && !choice.misconception) {
        problems.push({
          sceneId,
          message: `choice "${choice.id}" in scene "${sceneId}" is unsafe but names no misconception`,
        });
      }
    }
    if (choices.length > 0 && !choices.some((c) => c.safe)) {
      problems.push({ sceneId, message: `scene "${sceneId}" has no safe choice` });
    }
  }

  if (!exists(lesson.start)) return problems;

  const reachable = reachableFrom(lesson, lesson.start);
  for (const sceneId of ids) {
    if (!reachable.has(sceneId)) {
      problems.push({ sceneId, message: `scene "${sceneId}" cannot be reached from the start "${lesson.start}"` });
    }
  }

  const canEnd = scenesThatCanReachAnEnd(lesson);
  for (const sceneId of ids) {
    if (reachable.has(sceneId) && !canEnd.has(sceneId)) {
      problems.push({ sceneId, message: `scene "${sceneId}" cannot reach an ending: a pupil there would be stuck` });
    }
  }
  return problems;
}

/** Scene ids reachable from `from` by following choices (including `from`). */
export function reachableFrom(lesson: GraphLesson, from: string): Set<string> {
  const seen = new Set<string>();
  const queue = [from];
  while (queue.length > 0) {
    const id = queue.shift()!;
    if (seen.has(id) || !Object.hasOwn(lesson.scenes, id)) continue;
    seen.add(id);
    for (const choice of lesson.scenes[id]!.choices ?? []) queue.push(choice.next);
  }
  return seen;
}

/** Scene ids from which some path leads to an ending (computed backwards from the endings). */
export function scenesThatCanReachAnEnd(lesson: GraphLesson): Set<string> {
  const ids = Object.keys(lesson.scenes);
  const good = new Set(ids.filter((id) => lesson.scenes[id]!.end !== undefined));
  let grew = true;
  while (grew) {
    grew = false;
    for (const id of ids) {
      if (good.has(id)) continue;
      if ((lesson.scenes[id]!.choices ?? []).some((c) => good.has(c.next))) {
        good.add(id);
        grew = true;
      }
    }
  }
  return good;
}

/** The graph without its words: what must be identical between a lesson and its translation. */
export function graphShape(lesson: GraphLesson): string[] {
  const lines = [`start ${lesson.start}`];
  for (const [sceneId, scene] of Object.entries(lesson.scenes)) {
    if (scene.end !== undefined) lines.push(`${sceneId}: end`);
    for (const c of scene.choices ?? []) {
      lines.push(`${sceneId}: ${c.id} -> ${c.next} ${c.safe ? 'safe' : `unsafe(${c.misconception ?? ''})`}`);
    }
  }
  return lines;
}

/**
 * How a translation's graph differs from the original's, one line per difference, naming the
 * scene. Only text may differ between languages.
 */
export function compareGraphs(original: GraphLesson, translation: GraphLesson): string[] {
  const a = graphShape(original);
  const b = new Set(graphShape(translation));
  const aSet = new Set(a);
  return [
    ...a.filter((line) => !b.has(line)).map((line) => `missing from the translation: ${line}`),
    ...[...b].filter((line) => !aSet.has(line)).map((line) => `only in the translation: ${line}`),
  ];
}

/**
 * A way from `from` to an ending that never passes a scene `avoid` accepts (the scenes of the
 * way, in order), or undefined when every way passes one. "Every path from the moment a photo
 * spread meets a grown-up" is `pathAvoiding(lesson, spreadScene, isAdultHelps) === undefined`.
 * Loops (a pupil trying again) cannot help a path avoid a scene, so a shortest way is enough.
 */
export function pathAvoiding(lesson: GraphLesson, from: string, avoid: (sceneId: string) => boolean): string[] | undefined {
  if (!Object.hasOwn(lesson.scenes, from) || avoid(from)) return undefined;
  const cameFrom = new Map<string, string | null>([[from, null]]);
  const queue = [from];
  while (queue.length > 0) {
    const id = queue.shift()!;
    const scene = lesson.scenes[id]!;
    if (scene.end !== undefined) {
      const path = [id];
      for (let at = cameFrom.get(id); at; at = cameFrom.get(at)) path.unshift(at);
      return path;
    }
    for (const { next } of scene.choices ?? []) {
      if (cameFrom.has(next) || !Object.hasOwn(lesson.scenes, next) || avoid(next)) continue;
      cameFrom.set(next, id);
      queue.push(next);
    }
  }
  return undefined;
}
