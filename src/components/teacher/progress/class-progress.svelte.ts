/**
 * The class progress screen's state: which classes there are, the one shown, its pupils and
 * attempts, and whether a backup is due. Reads go through src/db (safely); the sums stay in
 * src/lib/report. The view components only lay out what this holds.
 */
import { tick } from 'svelte';
import type { AttemptRecord, ClassRecord, PupilRecord } from '../../../lib/records';
import type { ClassVoteRecord } from '../../../lib/class-vote';
import { safely, type StorageProblem } from '../../../db/teacher-safely';
import { backupState } from '../../../lib/backup';
import { fromHash } from './hash';

export class ClassProgressState {
  ready = $state(false);
  problem = $state<StorageProblem | null>(null);
  // Raw: thousands of attempts need no deep reactivity, only replacing.
  classes = $state.raw<ClassRecord[]>([]);
  classId = $state('');
  pupils = $state.raw<PupilRecord[]>([]);
  attempts = $state.raw<AttemptRecord[]>([]);
  /** Lessons the whole class voted through on the whiteboard. */
  classVotes = $state.raw<ClassVoteRecord[]>([]);
  backupDue = $state(false);

  group = $derived(this.classes.find((c) => c.id === this.classId));
  band = $derived(this.group?.ageBand ?? 'ks1');

  /** The classes and the backup reminder, then the class named in the address (or the first). */
  async open(): Promise<void> {
    const read = await safely(({ database, progressOverview }) => progressOverview(database()));
    if (read.ok) {
      this.classes = read.value.classes;
      const state = backupState(read.value.lastExport, Date.now(), read.value.count);
      this.backupDue = state === 'never' || state === 'due';
      const wanted = fromHash('class');
      this.classId = this.classes.find((c) => c.id === wanted)?.id ?? this.classes[0]?.id ?? '';
      await this.load();
    } else this.problem = read.problem;
    this.ready = true;
  }

  async load(): Promise<void> {
    if (!this.classId) return;
    // User Timing marks, so `npm run bench` can time reading the class and drawing its report.
    performance.mark('class-view:start');
    const id = this.classId;
    const read = await safely(({ database, classWithAttempts }) => classWithAttempts(database(), id));
    this.problem = read.ok ? null : read.problem;
    if (!read.ok) return;
    this.pupils = read.value.pupils;
    this.attempts = read.value.attempts;
    this.classVotes = read.value.classVotes;
    performance.measure('class-view:read', 'class-view:start');
    history.replaceState(null, '', `#class=${encodeURIComponent(id)}`);
    await tick();
    // The next frame: the report laid out and painted, not just in the DOM.
    await new Promise(requestAnimationFrame);
    performance.measure('class-view', 'class-view:start');
  }
}
