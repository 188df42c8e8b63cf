/**
 * `safely` and `watch` for teachers' islands: the same calls as ./safely, over the whole storage
 * layer (./teacher-storage-api: the pupils' storage and the roster, reports and votes on top).
 * Kept apart so pupils' pages never reference the teachers' part, even lazily.
 */
import { storageCalls } from './safely';

export type { StorageProblem, StorageProblemKind } from './errors';
export { problemFrom } from './safely';

export const loadTeacherStorage = () => import('./teacher-storage-api');
export type TeacherStorage = Awaited<ReturnType<typeof loadTeacherStorage>>;

export const { safely, watch } = storageCalls<TeacherStorage>(loadTeacherStorage);
