import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../src/engine/random/create-random.ts';
import { RandomArgumentError } from '../../../src/engine/engine-errors.ts';

describe('createRandom', () => {
  it('repeats the same sequence for the same seed and differs for another seed', () => {
    const first = createRandom(42);
    const second = createRandom(42);
    const other = createRandom(43);
    const a = Array.from({ length: 5 }, () => first.next());
    const b = Array.from({ length: 5 }, () => second.next());
    const c = Array.from({ length: 5 }, () => other.next());
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
  });

  it('matches the published mulberry32 output for seed 0', () => {
    // First three 32-bit outputs of the reference C mulberry32 for state 0, computed independently with
    // /usr/bin/python3 (masking to 32 bits after each step of `z = x += 0x6D2B79F5; …`).
    const random = createRandom(0);
    const values = [random.next(), random.next(), random.next()].map((value) => Math.round(value * 4294967296));
    expect(values).toEqual([1144304738, 1416247, 958946056]);
  });

  it('draws uniform values in [0, 1) with the right moments', () => {
    const random = createRandom(7);
    let total = 0;
    let squares = 0;
    let smallest = 1;
    let largest = 0;
    const count = 20000;
    for (let index = 0; index < count; index += 1) {
      const value = random.next();
      smallest = Math.min(smallest, value);
      largest = Math.max(largest, value);
      total += value;
      squares += value * value;
    }
    expect(smallest).toBeGreaterThanOrEqual(0);
    expect(largest).toBeLessThan(1);
    expect(total / count).toBeCloseTo(0.5, 2);
    expect(squares / count - (total / count) ** 2).toBeCloseTo(1 / 12, 2);
  });

  it('draws integers covering [0, n) evenly and rejects bad n', () => {
    const random = createRandom(3);
    const counts = [0, 0, 0, 0];
    for (let index = 0; index < 8000; index += 1) counts[random.integer(4)]! += 1;
    for (const count of counts) expect(Math.abs(count - 2000)).toBeLessThan(150);
    expect(() => random.integer(0)).toThrow(RandomArgumentError);
    expect(() => random.integer(2.5)).toThrow(
      expect.objectContaining({ code: 'RANDOM_INVALID_ARGUMENT', details: { n: 2.5 } }),
    );
  });

  it('draws standard normal values', () => {
    const random = createRandom(11);
    const values = Array.from({ length: 20000 }, () => random.normal());
    const average = values.reduce((sum, value) => sum + value, 0) / values.length;
    const variance = values.reduce((sum, value) => sum + (value - average) ** 2, 0) / values.length;
    expect(Math.abs(average)).toBeLessThan(0.03);
    expect(Math.abs(variance - 1)).toBeLessThan(0.04);
    // About 95 % of draws fall within ±1.96.
    const inside = values.filter((value) => Math.abs(value) < 1.959964).length / values.length;
    expect(Math.abs(inside - 0.95)).toBeLessThan(0.006);
  });

  it('shuffles in place into a permutation, reproducibly', () => {
    const array = Array.from({ length: 20 }, (_, index) => index);
    const shuffled = createRandom(5).shuffle(array);
    expect(shuffled).toBe(array);
    expect([...shuffled].sort((x, y) => x - y)).toEqual(Array.from({ length: 20 }, (_, index) => index));
    expect(shuffled).not.toEqual(Array.from({ length: 20 }, (_, index) => index));
    expect(createRandom(5).shuffle(new Int32Array(20).map((_, index) => index))).toEqual(Int32Array.from(shuffled));
  });

  it('accepts fractional seeds as distinct streams and rejects a non-finite seed', () => {
    expect(createRandom(1.5).next()).not.toBe(createRandom(1).next());
    expect(() => createRandom(Number.NaN)).toThrow(
      expect.objectContaining({ name: 'RandomArgumentError', code: 'RANDOM_INVALID_SEED' }),
    );
  });
});
