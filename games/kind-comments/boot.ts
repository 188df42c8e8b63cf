/** Builds the Phaser game for Kind Comments. Loaded lazily by mount(). */
import type { GameHandle, MountOptions } from '../contract';
import type { KindComment } from '../../src/schemas/game';
import { PlayScene } from './scenes/play-scene';
import { startScene } from '../shared/boot';

export const start = (el: HTMLElement, opts: MountOptions<KindComment>): Promise<GameHandle> => startScene(el, opts, PlayScene);
