/**
 * The words the lesson player needs, translated at build time so the page does not ship i18next.
 * `{current}` in a template is filled in by the island.
 */
import type { Translate } from '../../i18n/translate';
import { characterSchema, type Character } from '../../schemas/lesson';
import { storageWords } from '../storage-words';

export function lessonStrings(t: Translate) {
  const characters = Object.fromEntries(characterSchema.options.map((c) => [c, t(`characters.${c}`)])) as Record<Character, string>;
  return {
    progress: t('lesson.progress', { current: '{current}' }),
    whatDoYouDo: t('lesson.whatDoYouDo'),
    tomSays: t('lesson.tomSays'),
    next: t('lesson.next'),
    goodChoice: t('lesson.goodChoice'),
    thinkAgain: t('lesson.thinkAgain'),
    finishedHeading: t('lesson.finishedHeading'),
    earned: t('lesson.earned'),
    remember: t('lesson.remember'),
    playAgain: t('lesson.playAgain'),
    backToLessons: t('lesson.backToLessons'),
    resumeHeading: t('lesson.resumeHeading'),
    resumeText: t('lesson.resumeText'),
    resumeCarryOn: t('lesson.resumeCarryOn'),
    resumeStartAgain: t('lesson.resumeStartAgain'),
    postOnScreen: t('lesson.postOnScreen'),
    postBy: t('lesson.postBy', { name: '{name}' }),
    pictureDescription: t('lesson.pictureDescription'),
    alreadyDone: t('lesson.alreadyDone'),
    viewpoint: t('lesson.viewpoint', { name: '{name}' }),
    pledgeHeading: t('lesson.pledgeHeading'),
    pledgeIntro: t('lesson.pledgeIntro'),
    makePledge: t('lesson.makePledge'),
    pledgeMade: t('lesson.pledgeMade'),
    myPromise: t('lesson.myPromise'),
    beatNote: t('lesson.beatNote'),
    printCertificate: t('lesson.printCertificate'),
    playingAs: t('map.playingAs'),
    switchPlayer: t('map.switchPlayer'),
    guestPlaying: t('lesson.guestPlaying'),
    nobodyChosen: t('lesson.nobodyChosen'),
    chooseWho: t('lesson.chooseWho'),
    storage: storageWords(t, 'pupil'),
    readAloud: t('readAloud.read'),
    stopReading: t('readAloud.stop'),
    starsOutOf: [0, 1, 2, 3].map((count) => t('stars.outOf', { count })),
    characters,
  };
}

export type LessonStrings = ReturnType<typeof lessonStrings>;
