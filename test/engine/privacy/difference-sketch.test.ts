import { describe, expect, it } from 'vitest';
import { customerKey, DifferenceSketch } from '../../../src/engine/privacy/difference-sketch.ts';
import { createRandom } from '../../../src/engine/random/create-random.ts';

const minimum = 20;
const cells = DifferenceSketch.cellsFor(minimum);

const keyCache = new Map<string, ReturnType<typeof customerKey>>();
function keysOf(ids: Iterable<string>) {
  return [...ids].map((id) => keyCache.get(id) ?? keyCache.set(id, customerKey(id)).get(id)!);
}

/** The symmetric difference counted directly from the two id sets: the reference the sketch must match. */
function symmetricDifference(left: Set<string>, right: Set<string>): number {
  let count = 0;
  for (const id of left) if (!right.has(id)) count += 1;
  for (const id of right) if (!left.has(id)) count += 1;
  return count;
}

describe('DifferenceSketch', () => {
  it('reads back the exact symmetric difference of two populations below the limit, whatever their size', () => {
    const random = createRandom(7);
    for (const size of [25, 400, 5_000]) {
      const base = Array.from({ length: size }, (_, index) => `C${index}`);
      for (let trial = 0; trial < 40; trial += 1) {
        const removed = random.integer(minimum);
        const added = random.integer(minimum - removed);
        const left = new Set(base);
        const right = new Set(base);
        for (let index = 0; index < removed; index += 1) right.delete(`C${random.integer(size)}`);
        for (let index = 0; index < added; index += 1) right.add(`N${trial}-${index}`);
        const expected = symmetricDifference(left, right);
        const sketchLeft = DifferenceSketch.of(keysOf(left), cells);
        const sketchRight = DifferenceSketch.of(keysOf(right), cells);
        expect(sketchLeft.differenceFrom(sketchRight, minimum)).toBe(expected < minimum ? expected : 'far');
        expect(sketchRight.differenceFrom(sketchLeft, minimum)).toBe(expected < minimum ? expected : 'far');
      }
    }
  });

  it('says far for populations that differ by the limit or more, and 0 for the same population', () => {
    const base = Array.from({ length: 1000 }, (_, index) => `C${index}`);
    const same = DifferenceSketch.of(keysOf(base), cells);
    expect(same.differenceFrom(DifferenceSketch.of(keysOf([...base].reverse()), cells), minimum)).toBe(0);
    expect(same.digest()).toBe(DifferenceSketch.of(keysOf([...base].reverse()), cells).digest());
    for (const change of [minimum, minimum + 1, 100, 999]) {
      // Same size, `change` customers swapped: the size alone cannot tell these apart.
      const swapped = [...base.slice(change), ...Array.from({ length: change }, (_, index) => `X${index}`)];
      const other = DifferenceSketch.of(keysOf(swapped), cells);
      expect(same.differenceFrom(other, minimum)).toBe('far');
      expect(other.digest()).not.toBe(same.digest());
    }
    const disjoint = DifferenceSketch.of(keysOf(base.map((id) => `${id}-b`)), cells);
    expect(same.differenceFrom(disjoint, minimum)).toBe('far');
  });

  it('survives storage: decode(encode()) compares like the original', () => {
    const left = DifferenceSketch.of(keysOf(['a', 'b', 'c', 'd']), cells);
    const right = DifferenceSketch.of(keysOf(['a', 'b', 'c']), cells);
    const stored = DifferenceSketch.decode(left.encode(), left.size);
    expect(stored.digest()).toBe(left.digest());
    expect(stored.differenceFrom(right, minimum)).toBe(1);
    expect(() => DifferenceSketch.decode(new Uint8Array(10), 1)).toThrow(RangeError);
  });

  it('reads back differences just below the limit in thousands of random draws (the peel does not fail)', () => {
    let failures = 0;
    const empty = DifferenceSketch.of([], cells);
    for (let trial = 0; trial < 5000; trial += 1) {
      const sketch = DifferenceSketch.of(
        keysOf(Array.from({ length: minimum - 1 }, (_, index) => `t${trial}-${index}`)),
        cells,
      );
      if (sketch.differenceFrom(empty, minimum) !== minimum - 1) failures += 1;
    }
    expect(failures).toBe(0);
  });

  it('gets a table large enough for the minimum size', () => {
    expect(DifferenceSketch.cellsFor(20)).toBe(320);
    expect(DifferenceSketch.cellsFor(1)).toBe(64);
    expect(DifferenceSketch.of([], DifferenceSketch.cellsFor(5)).encode().length).toBe(80 * 16);
  });
});
