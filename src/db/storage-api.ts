/** What islands may do with storage: the one module they load lazily through ./load. */
export { database } from './database';
export { abandonAttempt, completedAttempts, finishAttempt, findInProgress, recordStep, summariesFor } from './attempts';
export { requestPersistentStorage } from './storage';
