/** Builds the Phaser game for Age Gate. Loaded lazily by mount(). */
import type { GameHandle, MountOptions } from '../contract';
import type { AgeGateRound } from '../../src/schemas/game';
import { PlayScene } from './scenes/play-scene';
import { startScene } from '../shared/boot';

export const start = (el: HTMLElement, opts: MountOptions<AgeGateRound>): Promise<GameHandle> => startScene(el, opts, PlayScene);
