/** What the roster's parts share: their words, and one way to reach storage that shows a problem if it fails. */
import type { TeacherStorage as Storage } from '../../../db/teacher-safely';
import type { StorageWords } from '../../storage-words';
import type { NameProblem } from '../../../lib/roster';
import type { AvatarId } from '../../../lib/avatars';
import type { AgeBand } from '../../../schemas/lesson';
import type { PluralTemplates } from '../../../i18n/plurals';
import type { ConsentStrings } from '../ConsentControls.svelte';

export interface RosterStrings {
  classesHeading: string;
  noClasses: string;
  addClassHeading: string;
  className: string;
  classNameHint: string;
  ageBand: string;
  ages: Record<AgeBand, string>;
  addClass: string;
  open: string;
  pupilCount: PluralTemplates;
  pupilsHeading: string;
  noPupils: string;
  addPupilHeading: string;
  pupilName: string;
  pupilNameHint: string;
  avatar: string;
  avatarNames: Record<AvatarId, string>;
  addPupil: string;
  addManyHeading: string;
  addManyHint: string;
  addMany: string;
  addedMany: PluralTemplates;
  notAdded: string;
  edit: string;
  save: string;
  cancel: string;
  remove: string;
  confirmRemovePupil: string;
  confirmRemoveClass: string;
  yesRemove: string;
  removeClass: string;
  renameClass: string;
  saved: string;
  problems: Record<NameProblem, string>;
  storage: StorageWords;
  loading: string;
  removed: string;
  undo: string;
  putBack: string;
  moveTo: string;
  endHeading: string;
  endText: string;
  deleteEverything: string;
  confirmEverything: string;
  confirmEverythingCheck: string;
  yesDeleteEverything: string;
  deletedEverything: string;
  consent: ConsentStrings;
}

/** One storage operation: its value, or undefined once the roster shows what went wrong. */
export type Run = <T>(work: (storage: Storage) => Promise<T>) => Promise<T | undefined>;

/** A removal the teacher is asked to confirm. */
export interface RemovalTarget {
  kind: 'pupil' | 'class';
  id: string;
  name: string;
}
