/** One value of the address's hash (#class=…, #pupil=…): what the teacher's screens open on. */
export function fromHash(key: string): string | null {
  return new URLSearchParams(location.hash.slice(1)).get(key);
}
