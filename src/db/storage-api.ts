/** What islands may do with storage: the one module they load lazily through ./load. */
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
export {
  addClass,
  addPupils,
  deleteClass,
  deleteEverything,
  deletePupil,
  putBack,
  getPupil,
  listClasses,
  pupilsIn,
  setConsent,
  updateClass,
  updatePupil,
  watchClasses,
  watchPupils,
} from './roster';
export { requestPersistentStorage } from './storage';
export { storedPin, savePin } from './pin';
export { lastExportAt } from './backup';
export { attemptCount, classWithAttempts, progressOverview, pupilWithAttempts } from './class-view';
export { classVotesFor, finishClassVote, recordClassVote } from './class-votes';
