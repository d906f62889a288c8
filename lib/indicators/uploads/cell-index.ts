/**
 * The cells an upload has already written, to refuse a row that repeats one (two values for
 * the same indicator, geography, period and breakdown in one file would make the visible
 * value arbitrary). Keys are non-negative integers below 2^53, each with the line that wrote
 * it and a fingerprint of its figures (a repeat with the same figures is harmless). An
 * open-addressing table on typed arrays holds a million cells in about 32 MB, where a Map
 * takes several times that.
 */
export class CellIndex {
  private keys: Float64Array;
  private lines: Int32Array;
  private tags: Int32Array;
  private mask: number;
  private count = 0;

  constructor(initialCapacity = 1 << 16) {
    let capacity = 1;
    while (capacity < initialCapacity) capacity <<= 1;
    this.keys = new Float64Array(capacity).fill(-1);
    this.lines = new Int32Array(capacity);
    this.tags = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  get size(): number {
    return this.count;
  }

  private slot(key: number): number {
    const lo = key >>> 0;
    const hi = Math.floor(key / 4294967296) >>> 0;
    let h = Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return h & this.mask;
  }

  /** The slot holding `key`, or -1. */
  find(key: number): number {
    let i = this.slot(key);
    for (;;) {
      const k = this.keys[i]!;
      if (k === -1) return -1;
      if (k === key) return i;
      i = (i + 1) & this.mask;
    }
  }

  lineAt(slot: number): number {
    return this.lines[slot]!;
  }

  tagAt(slot: number): number {
    return this.tags[slot]!;
  }

  /** Records `key` as written on `line` with figures fingerprinted `tag`; a key already there is left as it was. */
  add(key: number, line: number, tag: number): void {
    if ((this.count + 1) * 2 > this.keys.length) this.grow();
    let i = this.slot(key);
    for (;;) {
      const k = this.keys[i]!;
      if (k === -1) {
        this.keys[i] = key;
        this.lines[i] = line;
        this.tags[i] = tag;
        this.count++;
        return;
      }
      if (k === key) return;
      i = (i + 1) & this.mask;
    }
  }

  private grow(): void {
    const [keys, lines, tags] = [this.keys, this.lines, this.tags];
    this.keys = new Float64Array(keys.length * 2).fill(-1);
    this.lines = new Int32Array(keys.length * 2);
    this.tags = new Int32Array(keys.length * 2);
    this.mask = this.keys.length - 1;
    this.count = 0;
    for (let i = 0; i < keys.length; i++) if (keys[i] !== -1) this.add(keys[i]!, lines[i]!, tags[i]!);
  }
}

const scratch = new Float64Array(1);
const halves = new Uint32Array(scratch.buffer);

function mix(h: number, n: number | null): number {
  if (n === null) return Math.imul(h ^ 0x5bd1e995, 0x01000193);
  scratch[0] = n;
  h = Math.imul(h ^ halves[0]!, 0x01000193);
  return Math.imul(h ^ halves[1]!, 0x01000193);
}

/** A 32-bit fingerprint of a cell's figures (FNV-style over their bits; no strings made). */
export function figuresTag(value: number | null, numerator: number | null, denominator: number | null, lowerCi: number | null, upperCi: number | null, reason: string | null): number {
  let h = 0x811c9dc5;
  h = mix(h, value);
  h = mix(h, numerator);
  h = mix(h, denominator);
  h = mix(h, lowerCi);
  h = mix(h, upperCi);
  if (reason !== null) for (let i = 0; i < reason.length; i++) h = Math.imul(h ^ reason.charCodeAt(i), 0x01000193);
  return h | 0;
}
