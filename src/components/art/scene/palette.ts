/** The colours the scene kit shares with the rest of the art (outline navy comes from ../art). */
export const BLUE = '#1f4fd1';
export const SKY = '#cfe8ff';
export const GRASS = '#8bc47a';
export const GRASS_DARK = '#5f9e52';
export const WALL = '#fff1d6';
export const WALL_BLUE = '#e6f0ff';
export const FLOOR = '#d7b98e';
export const WOOD = '#b07a52';
export const YELLOW = '#ffd23f';
export const RED = '#c2182b';
export const GREEN = '#2e8b57';
export const WHITE = '#ffffff';
export const GREY = '#b8bfcc';
export const SCREEN = '#eef3ff';
