/** What teachers' islands may do with storage: the pupils' storage and the class's on top (loaded by ./teacher-safely). */
export * from './storage-api';
export {
  addClass,
  addPupils,
  deleteClass,
  deleteEverything,
  deletePupil,
  putBack,
  setConsent,
  updateClass,
  updatePupil,
  watchClasses,
  watchPupils,
} from './roster';
export { storedPin, savePin } from './pin';
export { lastExportAt } from './backup';
export { attemptCount, classWithAttempts, progressOverview, pupilWithAttempts } from './class-view';
export { classVotesFor, finishClassVote, recordClassVote } from './class-votes';
