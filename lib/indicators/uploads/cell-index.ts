/**
 * The cells an upload has already written, to refuse a row that repeats one (two values for
 * the same indicator, geography, period and breakdown in one file would make the visible
 * value arbitrary). Keys are non-negative integers below 2^53, each with the line that wrote
 * it and a fingerprint of its figures (a repeat with the same figures is harmless).
 *
 * Open addressing on typed arrays: a million cells in about 32 MB, where a Map takes several
 * times that. The table is split in 16 parts that grow one at a time, so that doubling never
 * needs the whole table twice over (at a million cells that would be 16 MB more at the peak).
 */
const PARTS = 16;

function hash(key: number): number {
  const lo = key >>> 0;
  const hi = Math.floor(key / 4294967296) >>> 0;
  let h = Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

class Part {
  keys: Float64Array;
  lines: Int32Array;
  tags: Int32Array;
  mask: number;
  count = 0;

  constructor(capacity: number) {
    this.keys = new Float64Array(capacity).fill(-1);
    this.lines = new Int32Array(capacity);
    this.tags = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  find(key: number, h: number): number {
    let i = h & this.mask;
    for (;;) {
      const k = this.keys[i]!;
      if (k === -1) return -1;
      if (k === key) return i;
      i = (i + 1) & this.mask;
    }
  }

  add(key: number, h: number, line: number, tag: number): void {
    // At most half full, so that probes for new keys (most lookups) stay short.
    if ((this.count + 1) * 2 > this.keys.length) this.grow();
    let i = h & this.mask;
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
    const { keys, lines, tags } = this;
    this.keys = new Float64Array(keys.length * 2).fill(-1);
    this.lines = new Int32Array(keys.length * 2);
    this.tags = new Int32Array(keys.length * 2);
    this.mask = this.keys.length - 1;
    this.count = 0;
    for (let i = 0; i < keys.length; i++) if (keys[i] !== -1) this.add(keys[i]!, hash(keys[i]!), lines[i]!, tags[i]!);
  }
}

export class CellIndex {
  private readonly parts: Part[];

  constructor(initialCapacity = 1 << 16) {
    let capacity = 1;
    while (capacity * PARTS < initialCapacity) capacity <<= 1;
    this.parts = Array.from({ length: PARTS }, () => new Part(Math.max(capacity, 16)));
  }

  get size(): number {
    return this.parts.reduce((n, p) => n + p.count, 0);
  }

  /** The earlier line and figures' fingerprint for `key`, or undefined. */
  lookup(key: number): { line: number; tag: number } | undefined {
    const h = hash(key);
    const part = this.parts[h >>> 28]!;
    const slot = part.find(key, h);
    return slot === -1 ? undefined : { line: part.lines[slot]!, tag: part.tags[slot]! };
  }

  /** Records `key` as written on `line` with figures fingerprinted `tag`; a key already there is left as it was. */
  add(key: number, line: number, tag: number): void {
    const h = hash(key);
    this.parts[h >>> 28]!.add(key, h, line, tag);
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
