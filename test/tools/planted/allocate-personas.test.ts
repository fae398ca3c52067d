import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../src/engine/random/create-random.ts';
import { allocatePersonas } from '../../../tools/planted/allocate-personas.ts';

const counts = (assignment: Int32Array, personas: number): number[] =>
  Array.from({ length: personas }, (_, persona) => assignment.filter((value) => value === persona).length);

describe('allocatePersonas', () => {
  it('splits by largest remainder, ties to the earlier persona', () => {
    expect(counts(allocatePersonas(createRandom(1), 10, [1, 1, 1, 1, 1, 1]), 6)).toEqual([2, 2, 2, 2, 1, 1]);
    // Exact 7·[0.5, 0.3, 0.2] = [3.5, 2.1, 1.4]: floors 3, 2, 1 and the spare one goes to 0.5.
    expect(counts(allocatePersonas(createRandom(1), 7, [5, 3, 2]), 3)).toEqual([4, 2, 1]);
    expect(counts(allocatePersonas(createRandom(1), 6, [0, 2, 1]), 3)).toEqual([0, 4, 2]);
  });

  it('shuffles who gets which persona, reproducibly', () => {
    const first = allocatePersonas(createRandom(4), 60, [1, 1, 1]);
    expect(allocatePersonas(createRandom(4), 60, [1, 1, 1])).toEqual(first);
    expect(Array.from(first.slice(0, 20)).every((value) => value === 0)).toBe(false);
  });
});
