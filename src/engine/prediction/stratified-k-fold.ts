import { createRandom } from '../random/create-random.ts';

/** One cross-validation split. */
export interface Fold {
  readonly trainIndices: Int32Array;
  readonly testIndices: Int32Array;
}

/**
 * Splits rows into `foldCount` folds that each keep the overall share of 0s and 1s (stratified),
 * after a seeded shuffle within each class. Fold sizes differ by at most one per class.
 * The caller checks that each class has at least `foldCount` rows.
 */
export function stratifiedKFold(target: ArrayLike<number>, foldCount: number, seed: number): Fold[] {
  const random = createRandom(seed);
  const assignment = new Int32Array(target.length);
  let offset = 0;
  for (const label of [0, 1]) {
    const members: number[] = [];
    for (let index = 0; index < target.length; index += 1) if (target[index] === label) members.push(index);
    random.shuffle(members);
    // Continue the round-robin where the previous class stopped so total fold sizes stay balanced too.
    members.forEach((row, position) => {
      assignment[row] = (offset + position) % foldCount;
    });
    offset = (offset + members.length) % foldCount;
  }
  return Array.from({ length: foldCount }, (_, fold) => {
    const testIndices: number[] = [];
    const trainIndices: number[] = [];
    assignment.forEach((assigned, row) => (assigned === fold ? testIndices : trainIndices).push(row));
    return { trainIndices: Int32Array.from(trainIndices), testIndices: Int32Array.from(testIndices) };
  });
}
