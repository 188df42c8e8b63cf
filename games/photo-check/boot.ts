/** Builds the Phaser game for Photo Check. Loaded lazily by mount(). */
import type { GameHandle, MountOptions } from '../contract';
import type { Photo } from '../../src/schemas/game';
import { PlayScene } from './scenes/play-scene';
import { startScene } from '../shared/boot';

export const start = (el: HTMLElement, opts: MountOptions<Photo>): Promise<GameHandle> => startScene(el, opts, PlayScene);
