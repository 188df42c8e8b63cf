/**
 * What pupils' islands may do with storage: the module they load lazily through ./load (lessons,
 * games, the map, "Who's playing?", certificates). Teachers' islands load ./teacher-storage-api.
 */
export { database } from './database';
export {
  abandonAttempt,
  completedAttempts,
  finishAttempt,
  findInProgress,
  recordStep,
  getAttempt,
  setPledge,
  saveGameResult,
  summariesFor,
} from './attempts';
export { getPupil, listClasses, pupilsIn } from './roster';
export { requestPersistentStorage } from './storage';
