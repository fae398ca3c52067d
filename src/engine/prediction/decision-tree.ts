import type { Random } from '../random/create-random.ts';
import type { RankedFeatures } from './rank-features.ts';

/** Options of {@link fitDecisionTree}. */
export interface DecisionTreeOptions {
  /** Deepest level a node may sit at (root = 0); `Infinity` grows until leaves are pure or too small. */
  maxDepth: number;
  /** A node with fewer samples than this becomes a leaf. */
  minSamplesSplit: number;
  /** Each side of a split must keep at least this many samples. */
  minSamplesLeaf: number;
  /** Features drawn at random per split (the forest's "mtry"); all features when ≥ the feature count. */
  featuresPerSplit: number;
}

export const defaultDecisionTreeOptions: DecisionTreeOptions = {
  maxDepth: Number.POSITIVE_INFINITY,
  minSamplesSplit: 2,
  minSamplesLeaf: 1,
  featuresPerSplit: Number.POSITIVE_INFINITY,
};

/** A fitted CART classification tree stored as flat arrays (node 0 is the root; leaves have feature −1). */
export interface DecisionTree {
  readonly feature: Int32Array;
  /** Rows with `value <= threshold` go left. */
  readonly threshold: Float64Array;
  readonly left: Int32Array;
  readonly right: Int32Array;
  /** Share of positive samples that reached the node: the leaf's probability. */
  readonly positiveShare: Float64Array;
  /** Probability of class 1 for row `row` of column-major data. */
  predictRow(columns: readonly Float64Array[], row: number): number;
}

interface PendingNode {
  node: number;
  samples: Int32Array;
  depth: number;
}

/**
 * Grows a CART tree with the Gini criterion on the given sample indices (repeats allowed: a bootstrap
 * sample counts a customer as often as drawn). Features for each split are drawn with `random`, and
 * like sklearn, drawing continues past `featuresPerSplit` only while no valid split has been found.
 */
export function fitDecisionTree(
  features: RankedFeatures,
  target: ArrayLike<number>,
  sampleIndices: Int32Array,
  options: Partial<DecisionTreeOptions>,
  random: Random,
): DecisionTree {
  const { maxDepth, minSamplesSplit, minSamplesLeaf, featuresPerSplit } = { ...defaultDecisionTreeOptions, ...options };
  const featureCount = features.ranks.length;
  const splitFeatures: number[] = [];
  const thresholds: number[] = [];
  const lefts: number[] = [];
  const rights: number[] = [];
  const shares: number[] = [];
  const addNode = (): number => {
    splitFeatures.push(-1);
    thresholds.push(0);
    lefts.push(-1);
    rights.push(-1);
    shares.push(0);
    return splitFeatures.length - 1;
  };

  const featureOrder = new Int32Array(featureCount).map((_, index) => index);
  const stack: PendingNode[] = [{ node: addNode(), samples: sampleIndices, depth: 0 }];
  while (stack.length > 0) {
    const { node, samples, depth } = stack.pop() as PendingNode;
    const count = samples.length;
    let positives = 0;
    for (const sample of samples) positives += target[sample] as number;
    shares[node] = count === 0 ? 0 : positives / count;
    if (
      positives === 0 ||
      positives === count ||
      depth >= maxDepth ||
      count < minSamplesSplit ||
      count < 2 * minSamplesLeaf
    )
      continue;

    // Sum over children of n·p·(1 − p) is proportional to the weighted Gini impurity; lower is better.
    let bestScore = (positives * (count - positives)) / count;
    let bestFeature = -1;
    let bestThreshold = 0;
    let bestRank = 0;
    let visited = 0;
    random.shuffle(featureOrder);
    const keys = new Int32Array(count);
    for (const feature of featureOrder) {
      if (visited >= featuresPerSplit && bestFeature >= 0) break;
      const rank = features.ranks[feature] as Int32Array;
      for (let position = 0; position < count; position += 1) {
        const sample = samples[position] as number;
        keys[position] = ((rank[sample] as number) << 1) | (target[sample] as number);
      }
      keys.sort();
      if ((keys[0] as number) >> 1 === (keys[count - 1] as number) >> 1) continue;
      visited += 1;
      let leftPositives = 0;
      for (let position = 0; position < count - 1; position += 1) {
        const key = keys[position] as number;
        leftPositives += key & 1;
        const valueRank = key >> 1;
        const nextRank = (keys[position + 1] as number) >> 1;
        const leftCount = position + 1;
        const rightCount = count - leftCount;
        if (valueRank === nextRank || leftCount < minSamplesLeaf || rightCount < minSamplesLeaf) continue;
        const rightPositives = positives - leftPositives;
        const score =
          (leftPositives * (leftCount - leftPositives)) / leftCount +
          (rightPositives * (rightCount - rightPositives)) / rightCount;
        // Like sklearn, the first valid split is kept even if it does not lower impurity (XOR needs it).
        if (score < bestScore - 1e-12 || (bestFeature < 0 && score <= bestScore + 1e-12)) {
          bestScore = score;
          bestFeature = feature;
          bestRank = valueRank;
          const value = (features.values[feature] as Float64Array)[valueRank] as number;
          const nextValue = (features.values[feature] as Float64Array)[nextRank] as number;
          const middle = value + (nextValue - value) / 2;
          // Guard against the midpoint rounding up onto the larger value.
          bestThreshold = middle < nextValue ? middle : value;
        }
      }
    }
    if (bestFeature < 0) continue;

    const rank = features.ranks[bestFeature] as Int32Array;
    let leftCount = 0;
    for (const sample of samples) if ((rank[sample] as number) <= bestRank) leftCount += 1;
    const leftSamples = new Int32Array(leftCount);
    const rightSamples = new Int32Array(count - leftCount);
    let leftIndex = 0;
    let rightIndex = 0;
    for (const sample of samples) {
      if ((rank[sample] as number) <= bestRank) leftSamples[leftIndex++] = sample;
      else rightSamples[rightIndex++] = sample;
    }
    splitFeatures[node] = bestFeature;
    thresholds[node] = bestThreshold;
    const leftNode = addNode();
    const rightNode = addNode();
    lefts[node] = leftNode;
    rights[node] = rightNode;
    stack.push(
      { node: rightNode, samples: rightSamples, depth: depth + 1 },
      { node: leftNode, samples: leftSamples, depth: depth + 1 },
    );
  }

  const feature = Int32Array.from(splitFeatures);
  const threshold = Float64Array.from(thresholds);
  const left = Int32Array.from(lefts);
  const right = Int32Array.from(rights);
  const positiveShare = Float64Array.from(shares);
  const predictRow = (input: readonly Float64Array[], row: number): number => {
    let node = 0;
    let split = feature[0] as number;
    while (split >= 0) {
      node =
        ((input[split] as Float64Array)[row] as number) <= (threshold[node] as number)
          ? (left[node] as number)
          : (right[node] as number);
      split = feature[node] as number;
    }
    return positiveShare[node] as number;
  };
  return { feature, threshold, left, right, positiveShare, predictRow };
}
