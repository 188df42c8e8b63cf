/**
 * Reading a progress file someone hands the teacher: the whole file is checked before anything is
 * stored, and the first problem is named with where it is, so a teacher can tell a wrong file
 * from a damaged one. Uses zod/mini (a few kB) because this runs in the teacher's browser.
 */
import * as z from 'zod/mini';
import { avatarIds } from './avatars';
import type { ClassVoteRecord } from './class-vote';
import { CONSENT_ANSWERS } from './consent';
import { ITEM_ID, ITEM_ID_MAX, LOCALE, RECORD_ID, SLUG, SLUG_MAX } from './ids';
import {
  checkData,
  FORMAT,
  FORMAT_VERSION,
  OLDEST_FORMAT_VERSION,
  where,
  type FileProblem,
  type LockedProgressFile,
  type PlainProgressFile,
  type ProgressData,
} from './progress-file';

export type { FileProblem, FileProblemCode } from './progress-file';

/** Bigger than any real class's file (35 pupils' full year is well under 5 MB), small enough to read safely. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** PBKDF2 rounds a file may ask for: enough for real files, not so many that a hostile file hangs the page. */
export const MAX_ITERATIONS = 5_000_000;

/** Whiteboard lessons a file held that could not be read: how many, and where the first one's problem is. */
export interface VotesLeftOut {
  count: number;
  where: string;
}

/**
 * A file read, or why not. A damaged whiteboard lesson does not refuse the file: it is left out
 * and said (`votesLeftOut`), and the classes, pupils and their results still come in whole.
 */
export type Checked<T> = { ok: true; value: T; votesLeftOut?: VotesLeftOut } | { ok: false; problem: FileProblem };

// The same rules the content schemas and the writers use (src/lib/ids.ts), so they cannot drift.
const id = z.string().check(z.regex(RECORD_ID));
const slug = z.string().check(z.maxLength(SLUG_MAX), z.regex(SLUG));
const itemId = z.string().check(z.maxLength(ITEM_ID_MAX), z.regex(ITEM_ID));
/** Milliseconds since 1970, up to the year 2286: no negative, fractional or absurd times. */
const time = z.int().check(z.gte(0), z.lte(9_999_999_999_999));
const count = z.int().check(z.gte(0), z.lte(100_000));

const classSchema = z.strictObject({
  id,
  name: z.string().check(z.maxLength(200)),
  ageBand: z.enum(['ks1', 'ks2']),
  createdAt: time,
  updatedAt: z.exactOptional(time),
});

const pupilSchema = z.strictObject({
  id,
  classId: id,
  name: z.string().check(z.maxLength(200)),
  avatar: z.enum(avatarIds),
  createdAt: time,
  updatedAt: z.exactOptional(time),
  // Both answers or none: a file never says "yes" by leaving an answer out.
  consent: z.exactOptional(z.strictObject({ images: z.enum(CONSENT_ANSWERS), work: z.enum(CONSENT_ANSWERS) })),
});

const stepSchema = z.strictObject({ sceneId: slug, choiceId: slug, at: time });
/** A lesson's scene, or a game's item or part of one (Photo Check: "party-cake/zara"). */
const mistakeSchema = z.strictObject({ sceneId: itemId, choiceId: slug, misconception: slug });

const attemptSchema = z.strictObject({
  id,
  pupilId: id,
  kind: z.enum(['lesson', 'game']),
  activityId: slug,
  locale: z.string().check(z.regex(LOCALE)),
  status: z.enum(['in-progress', 'complete']),
  startedAt: time,
  updatedAt: time,
  steps: z.array(stepSchema).check(z.maxLength(1000)),
  sceneId: z.union([slug, z.literal('')]),
  finishedAt: z.exactOptional(time),
  durationMs: z.exactOptional(time),
  score: z.exactOptional(count),
  maxScore: z.exactOptional(count),
  stars: z.exactOptional(z.int().check(z.gte(0), z.lte(3))),
  mistakes: z.exactOptional(z.array(mistakeSchema).check(z.maxLength(1000))),
  pledgeId: z.exactOptional(slug),
});

/** Hands up for one option: MAX_HANDS in ./class-vote (a value import from there would split it into a chunk of its own). */
const hands = z.int().check(z.gte(0), z.lte(60));
const voteSchema = z.strictObject({ sceneId: slug, counts: z.record(slug, hands), followed: slug, at: time });
const classVoteSchema = z.strictObject({
  id,
  classId: id,
  activityId: slug,
  locale: z.string().check(z.regex(LOCALE)),
  startedAt: time,
  updatedAt: time,
  finishedAt: z.exactOptional(time),
  votes: z.array(voteSchema).check(z.maxLength(1000)),
  pledgeId: z.exactOptional(slug),
});

const dataSchema = z.strictObject({
  classes: z.array(classSchema).check(z.maxLength(1000)),
  pupils: z.array(pupilSchema).check(z.maxLength(50_000)),
  attempts: z.array(attemptSchema).check(z.maxLength(500_000)),
  // Each whiteboard lesson is read on its own (goodVotes): one damaged lesson must not refuse the pupils' work.
  classVotes: z.exactOptional(z.array(z.unknown()).check(z.maxLength(100_000))),
});

type ReadData = z.infer<typeof dataSchema>;

/**
 * The file's whiteboard lessons that are as the site writes them, each for a class in the file and
 * with an id not already used; the others are left out and counted. Version 1 and 2 files have none.
 */
function goodVotes(data: ReadData, at: readonly PropertyKey[]): { data: ProgressData; votesLeftOut?: VotesLeftOut } {
  const { classVotes, ...rest } = data;
  if (classVotes === undefined) return { data: rest };
  const classIds = new Set(rest.classes.map((c) => c.id));
  const seen = new Set<string>();
  const kept: ClassVoteRecord[] = [];
  let count = 0;
  let first = '';
  for (const [i, item] of classVotes.entries()) {
    const vote = classVoteSchema.safeParse(item);
    const path = !vote.success
      ? (vote.error.issues[0]?.path ?? [])
      : seen.has(vote.data.id)
        ? ['id']
        : !classIds.has(vote.data.classId)
          ? ['classId']
          : undefined;
    if (path === undefined && vote.success) {
      seen.add(vote.data.id);
      kept.push(vote.data);
      continue;
    }
    count += 1;
    first ||= where([...at, 'classVotes', i, ...(path ?? [])]);
  }
  return { data: { ...rest, classVotes: kept }, ...(count > 0 ? { votesLeftOut: { count, where: first } } : {}) };
}

/** Checked data, with the lessons left out said. */
function checked(data: ReadData, at: readonly PropertyKey[]): Checked<ProgressData> {
  const read = goodVotes(data, at);
  const problem = checkData(read.data);
  return problem
    ? { ok: false, problem }
    : { ok: true, value: read.data, ...(read.votesLeftOut ? { votesLeftOut: read.votesLeftOut } : {}) };
}

const base64 = z.string().check(z.maxLength(Math.ceil((MAX_FILE_BYTES * 4) / 3) + 4), z.regex(/^[A-Za-z0-9+/]*={0,2}$/));

const lockedSchema = z.strictObject({
  cipher: z.literal('AES-GCM'),
  kdf: z.literal('PBKDF2-SHA-256'),
  iterations: z.int().check(z.gte(100_000), z.lte(MAX_ITERATIONS)),
  salt: base64.check(z.minLength(16), z.maxLength(64)),
  iv: base64.check(z.minLength(16), z.maxLength(24)),
  data: base64,
});

const header = z.looseObject({ format: z.string(), formatVersion: z.int() });
/** Every version this copy reads; the header check has already sent newer and older ones away. */
const version = z.int().check(z.gte(OLDEST_FORMAT_VERSION), z.lte(FORMAT_VERSION));
const plainSchema = z.strictObject({
  format: z.literal(FORMAT),
  formatVersion: version,
  exportedAt: z.iso.datetime(),
  data: dataSchema,
});
const lockedFileSchema = z.strictObject({
  format: z.literal(FORMAT),
  formatVersion: version,
  exportedAt: z.iso.datetime(),
  locked: lockedSchema,
});

/** Turns the text of a file into a progress file (still locked, if it was), or says what is wrong. */
export function readProgressFile(text: string): Checked<PlainProgressFile | LockedProgressFile> {
  if (text.length > MAX_FILE_BYTES) return { ok: false, problem: { code: 'too-big' } };
  if (text.trim() === '') return { ok: false, problem: { code: 'empty' } };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: { code: 'not-json' } };
  }
  const head = header.safeParse(json);
  if (!head.success || head.data.format !== FORMAT) return { ok: false, problem: { code: 'not-progress-file' } };
  if (head.data.formatVersion > FORMAT_VERSION) return { ok: false, problem: { code: 'newer-version' } };
  if (head.data.formatVersion < OLDEST_FORMAT_VERSION) return { ok: false, problem: { code: 'older-version' } };
  if ('locked' in head.data) {
    const locked = lockedFileSchema.safeParse(json);
    if (!locked.success) return { ok: false, problem: { code: 'invalid', where: where(locked.error.issues[0]?.path ?? []) } };
    return { ok: true, value: locked.data };
  }
  const plain = plainSchema.safeParse(json);
  if (!plain.success) return { ok: false, problem: { code: 'invalid', where: where(plain.error.issues[0]?.path ?? []) } };
  const data = checked(plain.data.data, ['data']);
  if (!data.ok) return data;
  // The spread keeps what was left out (votesLeftOut) with the file.
  return { ...data, value: { ...plain.data, data: data.value } };
}

/** The data inside an unlocked file, checked as a plain file's data is. */
export function readUnlockedData(text: string): Checked<ProgressData> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: { code: 'wrong-passphrase' } };
  }
  const parsed = dataSchema.safeParse(json);
  if (!parsed.success) return { ok: false, problem: { code: 'invalid', where: where(['data', ...(parsed.error.issues[0]?.path ?? [])]) } };
  return checked(parsed.data, ['data']);
}

/** A file's text, unlocked with the passphrase if it is locked, down to its checked data. */
export async function openProgressFile(
  text: string,
  passphrase: string,
  unlock: (locked: LockedProgressFile['locked'], passphrase: string) => Promise<string | undefined>,
): Promise<Checked<ProgressData>> {
  const read = readProgressFile(text);
  if (!read.ok) return read;
  if ('data' in read.value) return { ...read, value: read.value.data };
  if (!passphrase) return { ok: false, problem: { code: 'needs-passphrase' } };
  const inside = await unlock(read.value.locked, passphrase);
  return inside === undefined ? { ok: false, problem: { code: 'wrong-passphrase' } } : readUnlockedData(inside);
}
