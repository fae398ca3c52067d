import { PredictionInputError } from '../engine-errors.ts';
import { toFeatureColumns } from './feature-columns.ts';
import type { BinaryClassifier, FeatureMatrix } from './prediction-types.ts';

/** Options of {@link fitLogisticRegression}. */
export interface LogisticRegressionOptions {
  /**
   * Ridge (L2) strength λ on the standardised coefficients; the intercept is not penalised.
   * Same model as sklearn's `LogisticRegression(C = 1 / λ)` fitted on `StandardScaler` output.
   */
  l2Penalty: number;
  /** Newton iterations before giving up (it usually converges in under 10). */
  maxIterations: number;
  /** Converged when the largest gradient entry is below `tolerance × rows`. */
  tolerance: number;
}

export const defaultLogisticRegressionOptions: LogisticRegressionOptions = {
  l2Penalty: 1,
  maxIterations: 100,
  tolerance: 1e-10,
};

/** A fitted L2-regularised logistic regression. */
export interface LogisticRegressionModel extends BinaryClassifier {
  readonly kind: 'logistic-regression';
  /** Feature names in coefficient order. */
  readonly featureNames: readonly string[];
  /** Intercept on the original feature scale. */
  readonly intercept: number;
  /** Change in log-odds per unit of each original feature. */
  readonly coefficients: Float64Array;
  /** The fit itself: coefficients per standard deviation of each feature (comparable across features). */
  readonly standardized: {
    readonly intercept: number;
    readonly coefficients: Float64Array;
    readonly means: Float64Array;
    /** Population standard deviations; 1 for constant features (their coefficient is then 0). */
    readonly scales: Float64Array;
  };
  readonly iterations: number;
  readonly converged: boolean;
  /** Indices of features that were constant in the training data. */
  readonly constantFeatureIndices: readonly number[];
}

function sigmoid(value: number): number {
  return value >= 0 ? 1 / (1 + Math.exp(-value)) : Math.exp(value) / (1 + Math.exp(value));
}

/** log(1 + e^x) without overflow. */
function softplus(value: number): number {
  return value > 0 ? value + Math.log1p(Math.exp(-value)) : Math.log1p(Math.exp(value));
}

/** Solves the symmetric positive-definite system `matrix · x = vector` by Cholesky; null if not SPD. */
function solveSymmetric(matrix: Float64Array, vector: Float64Array, size: number): Float64Array | null {
  const lower = new Float64Array(size * size);
  for (let row = 0; row < size; row += 1) {
    for (let column = 0; column <= row; column += 1) {
      let sum = matrix[row * size + column] as number;
      for (let k = 0; k < column; k += 1)
        sum -= (lower[row * size + k] as number) * (lower[column * size + k] as number);
      if (row === column) {
        if (!(sum > 0)) return null;
        lower[row * size + row] = Math.sqrt(sum);
      } else {
        lower[row * size + column] = sum / (lower[column * size + column] as number);
      }
    }
  }
  const forward = new Float64Array(size);
  for (let row = 0; row < size; row += 1) {
    let sum = vector[row] as number;
    for (let k = 0; k < row; k += 1) sum -= (lower[row * size + k] as number) * (forward[k] as number);
    forward[row] = sum / (lower[row * size + row] as number);
  }
  const solution = new Float64Array(size);
  for (let row = size - 1; row >= 0; row -= 1) {
    let sum = forward[row] as number;
    for (let k = row + 1; k < size; k += 1) sum -= (lower[k * size + row] as number) * (solution[k] as number);
    solution[row] = sum / (lower[row * size + row] as number);
  }
  return solution;
}

/**
 * Fits logistic regression with an L2 penalty by Newton's method (IRLS) with step halving, on
 * standardised features so that one penalty treats every feature alike whatever its unit.
 *
 * @param columns column-major features (see `toFeatureColumns`), all of the same length.
 * @param target 0/1 per row.
 * @throws PredictionInputError `PREDICTION_INVALID_OPTION` for a non-positive penalty.
 */
export function fitLogisticRegression(
  columns: readonly Float64Array[],
  target: ArrayLike<number>,
  featureNames: readonly string[],
  options: Partial<LogisticRegressionOptions> = {},
): LogisticRegressionModel {
  const { l2Penalty, maxIterations, tolerance } = { ...defaultLogisticRegressionOptions, ...options };
  if (!(l2Penalty > 0) || !Number.isFinite(l2Penalty)) {
    throw new PredictionInputError(
      'PREDICTION_INVALID_OPTION',
      `l2Penalty must be a positive number, got ${l2Penalty}; without a penalty perfectly separable data has no finite fit. ` +
        'Use 1 (sklearn default C = 1) unless you have a reason to change it.',
      { option: 'l2Penalty', value: l2Penalty },
    );
  }
  const featureCount = columns.length;
  const rowCount = target.length;
  const size = featureCount + 1;

  const means = new Float64Array(featureCount);
  const scales = new Float64Array(featureCount);
  const constantFeatureIndices: number[] = [];
  const standardizedColumns = columns.map((column, feature) => {
    let total = 0;
    for (let row = 0; row < rowCount; row += 1) total += column[row] as number;
    const average = total / rowCount;
    let squares = 0;
    for (let row = 0; row < rowCount; row += 1) squares += ((column[row] as number) - average) ** 2;
    let scale = Math.sqrt(squares / rowCount);
    // Treat numerically constant columns as constant: dividing by ~1e-17 would only amplify noise.
    if (!(scale > 1e-12 * Math.max(1, Math.abs(average)))) {
      scale = 1;
      constantFeatureIndices.push(feature);
    }
    means[feature] = average;
    scales[feature] = scale;
    return column.map((value) => (value - average) / scale);
  });

  // weights[0] is the intercept, weights[j + 1] the coefficient of standardised feature j.
  let weights = new Float64Array(size);
  const linear = new Float64Array(rowCount);
  const computeLinear = (candidate: Float64Array): void => {
    linear.fill(candidate[0] as number);
    for (let feature = 0; feature < featureCount; feature += 1) {
      const coefficient = candidate[feature + 1] as number;
      const column = standardizedColumns[feature] as Float64Array;
      for (let row = 0; row < rowCount; row += 1)
        linear[row] = (linear[row] as number) + coefficient * (column[row] as number);
    }
  };
  const objective = (candidate: Float64Array): number => {
    computeLinear(candidate);
    let loss = 0;
    for (let row = 0; row < rowCount; row += 1)
      loss += softplus(linear[row] as number) - (target[row] as number) * (linear[row] as number);
    let penalty = 0;
    for (let index = 1; index < size; index += 1) penalty += (candidate[index] as number) ** 2;
    return loss + 0.5 * l2Penalty * penalty;
  };

  let currentObjective = objective(weights);
  let converged = false;
  let iterations = 0;
  const residual = new Float64Array(rowCount);
  const curvature = new Float64Array(rowCount);
  for (; iterations < maxIterations; iterations += 1) {
    computeLinear(weights);
    for (let row = 0; row < rowCount; row += 1) {
      const probability = sigmoid(linear[row] as number);
      residual[row] = probability - (target[row] as number);
      curvature[row] = probability * (1 - probability);
    }
    const gradient = new Float64Array(size);
    const hessian = new Float64Array(size * size);
    const design = (index: number, row: number): number =>
      index === 0 ? 1 : ((standardizedColumns[index - 1] as Float64Array)[row] as number);
    for (let first = 0; first < size; first += 1) {
      let gradientSum = first === 0 ? 0 : l2Penalty * (weights[first] as number);
      for (let row = 0; row < rowCount; row += 1) gradientSum += (residual[row] as number) * design(first, row);
      gradient[first] = gradientSum;
      for (let second = 0; second <= first; second += 1) {
        let sum = first === second && first > 0 ? l2Penalty : 0;
        for (let row = 0; row < rowCount; row += 1)
          sum += (curvature[row] as number) * design(first, row) * design(second, row);
        hessian[first * size + second] = sum;
        hessian[second * size + first] = sum;
      }
    }
    let largestGradient = 0;
    for (const value of gradient) largestGradient = Math.max(largestGradient, Math.abs(value));
    if (largestGradient <= tolerance * rowCount) {
      converged = true;
      break;
    }
    let step = solveSymmetric(hessian, gradient, size);
    if (step === null) {
      // Saturated probabilities can make the intercept curvature vanish numerically; a tiny ridge keeps Newton going.
      for (let index = 0; index < size; index += 1)
        hessian[index * size + index] = (hessian[index * size + index] as number) + 1e-8;
      step = solveSymmetric(hessian, gradient, size);
      if (step === null) break;
    }
    // Newton's predicted decrease is ½·gᵀ·step. Once it is below what a double can resolve in the
    // objective, comparing objectives is noise, so the full step is taken and the gradient decides.
    let predictedDecrease = 0;
    for (let index = 0; index < size; index += 1)
      predictedDecrease += 0.5 * (gradient[index] as number) * (step[index] as number);
    if (predictedDecrease <= 1e-12 * Math.max(1, Math.abs(currentObjective))) {
      weights = weights.map((value, index) => value - (step[index] as number));
      currentObjective = objective(weights);
      continue;
    }
    let stepLength = 1;
    let candidate = weights;
    let candidateObjective = Number.POSITIVE_INFINITY;
    for (let halving = 0; halving < 40; halving += 1) {
      candidate = weights.map((value, index) => value - stepLength * (step[index] as number));
      candidateObjective = objective(candidate);
      if (candidateObjective <= currentObjective) break;
      stepLength /= 2;
    }
    if (!(candidateObjective <= currentObjective)) {
      // No descent possible at machine precision: we are at the optimum as far as doubles can tell.
      converged = largestGradient <= 1e-6 * rowCount;
      break;
    }
    weights = candidate;
    currentObjective = candidateObjective;
  }

  const standardizedCoefficients = weights.slice(1);
  const coefficients = standardizedCoefficients.map((value, feature) => value / (scales[feature] as number));
  let intercept = weights[0] as number;
  for (let feature = 0; feature < featureCount; feature += 1)
    intercept -= (coefficients[feature] as number) * (means[feature] as number);
  const standardizedIntercept = weights[0] as number;

  const predictColumns = (input: readonly Float64Array[]): Float64Array => {
    const count = input[0]?.length ?? 0;
    const result = new Float64Array(count);
    for (let row = 0; row < count; row += 1) {
      let value = standardizedIntercept;
      for (let feature = 0; feature < featureCount; feature += 1) {
        const column = input[feature] as Float64Array;
        value +=
          ((standardizedCoefficients[feature] as number) * ((column[row] as number) - (means[feature] as number))) /
          (scales[feature] as number);
      }
      result[row] = sigmoid(value);
    }
    return result;
  };

  return {
    kind: 'logistic-regression',
    featureNames: [...featureNames],
    intercept,
    coefficients,
    standardized: { intercept: standardizedIntercept, coefficients: standardizedCoefficients, means, scales },
    iterations,
    converged,
    constantFeatureIndices,
    predictColumns,
    predictProbabilities: (rows: FeatureMatrix) => predictColumns(toFeatureColumns(rows, featureNames)),
  };
}
