import { createHash } from 'node:crypto';

/**
 * A customer as the differencing check sees it: a 64-bit hash of the customer id as written in the
 * imported files, as two 32-bit halves. The same person has the same key in every dataset of a
 * database (a re-import, or a second dataset built from the same CRM export).
 */
export interface CustomerKey {
  hi: number;
  lo: number;
}

/**
 * The key of a customer id as imported (`Customer.externalId`): two 32-bit multiplicative hashes of
 * its UTF-16 code units, finalised. Not cryptographic — a SHA-256 per customer cost 2.5 s at 235,700
 * customers, this ~50 ms — and it need not be: two ids share a key with probability ~2⁻⁶⁴ per pair.
 */
export function customerKey(externalId: string): CustomerKey {
  let first = 0x811c9dc5;
  let second = 0x9747b28c;
  for (let index = 0; index < externalId.length; index += 1) {
    const unit = externalId.charCodeAt(index);
    first = Math.imul(first ^ unit, 0x01000193);
    second = Math.imul(second ^ unit, 0x5bd1e995);
    second ^= second >>> 15;
  }
  const hi = mix32(first ^ externalId.length);
  return { hi, lo: mix32(second ^ Math.imul(hi, 0x27d4eb2f)) };
}

/** Options of {@link DifferenceSketch}. */
export const defaultDifferenceSketchOptions = {
  /** Cells each key is added to (one per partition of the table). */
  hashCount: 4,
  /** Cells per partition for each customer of the minimum group size: 4 × 4 = 16 cells per customer. */
  cellsPerDifference: 4,
  /** Smallest partition, so tiny minimum sizes still decode reliably. */
  minimumPartition: 16,
} as const;

/** Words per cell: count, xor of key halves, xor of key checksums. */
const cellWords = 4;

/**
 * An invertible Bloom lookup table of a set of customers: a fixed number of cells, each holding how
 * many keys fell into it, the xor of those keys and the xor of their checksums. Two sketches of the
 * same size subtract cell by cell into a sketch of the *symmetric difference* of the two sets, whose
 * members can be read back one by one ("peeled") as long as there are few of them — exactly the
 * question "do these two populations differ by fewer than k customers?", answered from a few kB per
 * population whatever its size (235,700 customers or 20).
 *
 * The table is sized for differences below the minimum group size k: 4k cells in each of 4
 * partitions. Peeling then fails only if some of the (< k) differing keys all share their 4 cells with
 * each other, about (k²/2)·(4k)⁻⁴ — below 10⁻⁵ at k = 20 — and a failed peel is read as "far apart".
 */
export class DifferenceSketch {
  /** Cell words: [count, key hi, key lo, checksum] per cell. */
  readonly words: Int32Array;
  readonly cells: number;
  /** How many keys were added (with multiplicity). */
  size = 0;

  constructor(cells: number, words?: Int32Array) {
    if (!Number.isInteger(cells) || cells <= 0 || cells % defaultDifferenceSketchOptions.hashCount !== 0)
      throw new RangeError(`A difference sketch needs a positive multiple of 4 cells, not ${cells}.`);
    this.cells = cells;
    this.words = words ?? new Int32Array(cells * cellWords);
    if (this.words.length !== cells * cellWords)
      throw new RangeError(`A sketch of ${cells} cells has ${cells * cellWords} words, not ${this.words.length}.`);
  }

  /** Cells for differences below `minimumGroupSize` customers (see the class comment). */
  static cellsFor(minimumGroupSize: number): number {
    const { hashCount, cellsPerDifference, minimumPartition } = defaultDifferenceSketchOptions;
    return hashCount * Math.max(minimumPartition, cellsPerDifference * Math.ceil(minimumGroupSize));
  }

  /** A sketch of the given keys, which must be distinct (one per customer: the caller removes repeats). */
  static of(keys: Iterable<CustomerKey>, cells: number): DifferenceSketch {
    const sketch = new DifferenceSketch(cells);
    for (const key of keys) sketch.#toggle(key.hi, key.lo, 1);
    return sketch;
  }

  /** The sketch as bytes (little-endian), for storage; {@link DifferenceSketch.decode} reads it back. */
  encode(): Uint8Array<ArrayBuffer> {
    const bytes = new Uint8Array(this.words.length * 4);
    const view = new DataView(bytes.buffer);
    for (let index = 0; index < this.words.length; index += 1) view.setInt32(index * 4, this.words[index]!, true);
    return bytes;
  }

  /** Reads a stored sketch of `size` keys. */
  static decode(bytes: Uint8Array, size: number): DifferenceSketch {
    if (bytes.byteLength % (cellWords * 4) !== 0 || bytes.byteLength === 0)
      throw new RangeError(`A stored sketch of ${bytes.byteLength} bytes is cut short.`);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const words = new Int32Array(bytes.byteLength / 4);
    for (let index = 0; index < words.length; index += 1) words[index] = view.getInt32(index * 4, true);
    const sketch = new DifferenceSketch(words.length / cellWords, words);
    sketch.size = size;
    return sketch;
  }

  /** SHA-256 of the cells and size: equal for equal sets, so a population is stored once. */
  digest(): string {
    return createHash('sha256').update(`${this.cells}:${this.size}\n`).update(this.encode()).digest('hex');
  }

  /**
   * How many customers are in exactly one of the two sets, when that is below `limit`; `'far'` when it
   * is at least `limit` (or too many to read back, which only happens far above `limit`).
   */
  differenceFrom(other: DifferenceSketch, limit: number): number | 'far' {
    if (other.cells !== this.cells) throw new RangeError('Sketches of different sizes cannot be compared.');
    if (Math.abs(this.size - other.size) >= limit) return 'far';
    const difference = new DifferenceSketch(this.cells);
    const words = difference.words;
    for (let cell = 0; cell < this.cells; cell += 1) {
      const at = cell * cellWords;
      words[at] = this.words[at]! - other.words[at]!;
      words[at + 1] = this.words[at + 1]! ^ other.words[at + 1]!;
      words[at + 2] = this.words[at + 2]! ^ other.words[at + 2]!;
      words[at + 3] = this.words[at + 3]! ^ other.words[at + 3]!;
    }
    return difference.#peel(limit);
  }

  /** Reads the keys back out of a difference sketch; see {@link differenceFrom}. */
  #peel(limit: number): number | 'far' {
    const words = this.words;
    const pure = (cell: number): boolean => {
      const at = cell * cellWords;
      const count = words[at]!;
      return (count === 1 || count === -1) && words[at + 3] === checksum(words[at + 1]!, words[at + 2]!);
    };
    const queue: number[] = [];
    for (let cell = 0; cell < this.cells; cell += 1) if (pure(cell)) queue.push(cell);
    let recovered = 0;
    while (queue.length > 0) {
      const cell = queue.pop()!;
      if (!pure(cell)) continue;
      const at = cell * cellWords;
      const sign = words[at]!;
      const hi = words[at + 1]!;
      const lo = words[at + 2]!;
      recovered += 1;
      if (recovered >= limit) return 'far';
      for (const touched of this.#toggle(hi, lo, -sign)) if (pure(touched)) queue.push(touched);
    }
    for (const word of words) if (word !== 0) return 'far';
    return recovered;
  }

  /** Adds (`sign` 1) or removes (-1) a key in its cells; returns the cells. */
  #toggle(hi: number, lo: number, sign: 1 | -1 | number): number[] {
    const { hashCount } = defaultDifferenceSketchOptions;
    const partition = this.cells / hashCount;
    const check = checksum(hi, lo);
    const touched: number[] = [];
    for (let hash = 0; hash < hashCount; hash += 1) {
      const cell = hash * partition + (cellHash(hi, lo, hash) % partition);
      const at = cell * cellWords;
      this.words[at] = this.words[at]! + sign;
      this.words[at + 1] = this.words[at + 1]! ^ hi;
      this.words[at + 2] = this.words[at + 2]! ^ lo;
      this.words[at + 3] = this.words[at + 3]! ^ check;
      touched.push(cell);
    }
    if (sign > 0) this.size += 1;
    return touched;
  }
}

/** MurmurHash3's 32-bit finaliser: every input bit moves every output bit. */
function mix32(value: number): number {
  let h = value | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}

/** A key's checksum: tells a cell holding one key from a cell holding several. */
function checksum(hi: number, lo: number): number {
  return mix32(mix32(hi ^ 0x5bd1e995) ^ lo ^ 0x27d4eb2f);
}

/** The key's position in partition `hash` (unsigned). */
function cellHash(hi: number, lo: number, hash: number): number {
  return mix32(mix32(lo + Math.imul(hash + 1, 0x9e3779b1)) ^ hi) >>> 0;
}
