/**
 * The only module that imports Howler. Games ask for effects by name through the GameSound they
 * are handed; this module decides whether and how loud they play. Howler and the sprite load only
 * when a game page first asks for sound.
 */
import type { Effect, GameSound } from '../../games/contract';
import sprite from './sprite.json';

export interface SoundSetting {
  muted: boolean;
  /** 0 to 1. */
  volume: number;
  /** The music loop can be off while effects stay on. */
  music: boolean;
}

const KEY = 'terrific-tom.sound';
export const DEFAULT_SOUND: SoundSetting = {
  muted: false,
  volume: 0.7,
  music: true,
};

/** The device's sound setting (a preference of the device, not pupil data). */
export function loadSoundSetting(): SoundSetting {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<SoundSetting> | null;
    if (!saved || typeof saved !== 'object') return { ...DEFAULT_SOUND };
    return {
      muted: typeof saved.muted === 'boolean' ? saved.muted : DEFAULT_SOUND.muted,
      volume: typeof saved.volume === 'number' && saved.volume >= 0 && saved.volume <= 1 ? saved.volume : DEFAULT_SOUND.volume,
      music: typeof saved.music === 'boolean' ? saved.music : DEFAULT_SOUND.music,
    };
  } catch {
    return { ...DEFAULT_SOUND };
  }
}

export function saveSoundSetting(setting: SoundSetting): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(setting));
  } catch {
    // Without storage the setting lasts for this page.
  }
}

export interface GameAudio extends GameSound {
  apply(setting: SoundSetting): void;
}

/** Sound for one game page. `src` is the sprite's address under the site's base. */
export async function createGameAudio(src: string, setting: SoundSetting): Promise<GameAudio> {
  const { Howl } = await import('howler');
  let current = setting;
  let wantMusic = false;
  let musicId: number | undefined;
  const howl = new Howl({
    src: [src],
    sprite: sprite as unknown as Record<string, [number, number]>,
    preload: true,
  });
  howl.volume(current.muted ? 0 : current.volume);

  const updateMusic = () => {
    const on = wantMusic && current.music && !current.muted;
    if (on && musicId === undefined) musicId = howl.play('music');
    else if (!on && musicId !== undefined) {
      howl.stop(musicId);
      musicId = undefined;
    }
  };

  return {
    effect(name: Effect) {
      if (!current.muted) howl.play(name);
    },
    music(playing: boolean) {
      wantMusic = playing;
      updateMusic();
    },
    apply(setting: SoundSetting) {
      current = setting;
      howl.volume(setting.muted ? 0 : setting.volume);
      updateMusic();
    },
  };
}
