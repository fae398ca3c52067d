import { describe, expect, it } from 'vitest';
import { toFeatureColumns } from '../../../src/engine/prediction/feature-columns.ts';
import { fitLogisticRegression } from '../../../src/engine/prediction/logistic-regression.ts';
import { PredictionInputError } from '../../../src/engine/engine-errors.ts';

/**
 * Deterministic data set, generated identically in Python for the references below:
 *   for i in range(80): a = sin(0.7 i + 0.3); b = cos(1.3 i); c = ((37 i) % 17) / 17; u = ((53 i) % 29) / 29 − 0.5
 *   row = [2 a + 5, 10 b, c]; y = 1 if a + 0.5 b − 0.8 c + 1.5 u + 0.2 > 0 else 0   (34 positives, min |score| 0.04)
 */
function referenceData(): { rows: number[][]; target: number[] } {
  const rows: number[][] = [];
  const target: number[] = [];
  for (let i = 0; i < 80; i += 1) {
    const a = Math.sin(0.7 * i + 0.3);
    const b = Math.cos(1.3 * i);
    const c = ((i * 37) % 17) / 17;
    const u = ((i * 53) % 29) / 29 - 0.5;
    rows.push([2 * a + 5, 10 * b, c]);
    target.push(a + 0.5 * b - 0.8 * c + 1.5 * u + 0.2 > 0 ? 1 : 0);
  }
  return { rows, target };
}

const names = ['a', 'b', 'c'];

// References from /usr/bin/python3 with Debian's sklearn 1.2.1 / numpy, on Z = StandardScaler().fit_transform(X):
//  sklearn: LogisticRegression(C, solver='lbfgs', tol=1e-12, max_iter=100000).fit(Z, y): intercept_, coef_,
//           predict_proba(Z[[0, 1, 2, 79]])[:, 1].
//  exact:   50 plain Newton steps in numpy on Σ logloss + (1/(2C))·|w|² (intercept unpenalised); lbfgs stops
//           ~1e-5 short of this optimum, which is why sklearn is matched to 1e-4 and the exact optimum to 1e-8.
const references = [
  {
    C: 1,
    sklearn: {
      intercept: -0.5849969138573186,
      coefficients: [1.9731293283987055, 0.8753288694802766, -0.8302276260404249],
    },
    exact: {
      intercept: -0.5849979683245758,
      coefficients: [1.9731298820479946, 0.8753290491754102, -0.8302279036324436],
    },
    probabilities: [0.9425491758832949, 0.9480801327436796, 0.8064817061819427, 0.007349334030224443],
  },
  {
    C: 0.1,
    sklearn: {
      intercept: -0.3808122868144257,
      coefficients: [0.9647779580307349, 0.3696651249217516, -0.34152058292903903],
    },
    exact: {
      intercept: -0.3808177822980388,
      coefficients: [0.9647659868813017, 0.36965819758099683, -0.3415136269082523],
    },
    probabilities: [0.7478441831618019, 0.7753927457681383, 0.6566547284227732, 0.08771184998427653],
  },
];

describe('fitLogisticRegression', () => {
  const { rows, target } = referenceData();
  const columns = toFeatureColumns(rows, names);

  it('regenerates the reference data set', () => {
    expect(target.reduce((sum, value) => sum + value, 0)).toBe(34);
  });

  it.each(references)(
    'matches sklearn lbfgs (1e-4) and the exact optimum (1e-8) for C = $C',
    ({ C, sklearn, exact, probabilities }) => {
      const model = fitLogisticRegression(columns, target, names, { l2Penalty: 1 / C });
      expect(model.converged).toBe(true);
      expect(Math.abs(model.standardized.intercept - sklearn.intercept)).toBeLessThan(1e-4);
      expect(Math.abs(model.standardized.intercept - exact.intercept)).toBeLessThan(1e-8);
      sklearn.coefficients.forEach((value, index) => {
        expect(Math.abs((model.standardized.coefficients[index] as number) - value)).toBeLessThan(1e-4);
        expect(
          Math.abs((model.standardized.coefficients[index] as number) - (exact.coefficients[index] as number)),
        ).toBeLessThan(1e-8);
      });
      const predicted = model.predictProbabilities([rows[0]!, rows[1]!, rows[2]!, rows[79]!]);
      probabilities.forEach((value, index) =>
        expect(Math.abs((predicted[index] as number) - value)).toBeLessThan(1e-4),
      );
    },
  );

  it('reports original-scale coefficients that give the same probabilities', () => {
    const model = fitLogisticRegression(columns, target, names);
    const predicted = model.predictColumns(columns);
    rows.forEach((row, index) => {
      const linear =
        model.intercept + row.reduce((sum, value, feature) => sum + value * (model.coefficients[feature] as number), 0);
      expect(1 / (1 + Math.exp(-linear))).toBeCloseTo(predicted[index] as number, 12);
    });
    // Feature a was scaled by 2 before fitting, so its per-unit effect is its per-SD effect over its SD.
    expect(model.coefficients[0]).toBeCloseTo(
      (model.standardized.coefficients[0] as number) / (model.standardized.scales[0] as number),
      12,
    );
  });

  it('gives a constant feature a zero coefficient and lists it', () => {
    const withConstant = rows.map((row) => [...row, 7]);
    const model = fitLogisticRegression(toFeatureColumns(withConstant, [...names, 'constant']), target, [
      ...names,
      'constant',
    ]);
    expect(model.constantFeatureIndices).toEqual([3]);
    expect(model.coefficients[3]).toBe(0);
    expect(model.standardized.coefficients[0]).toBeCloseTo(references[0]!.exact.coefficients[0]!, 8);
  });

  it('stays finite on perfectly separable data thanks to the penalty', () => {
    const separable = [[1], [2], [3], [4], [5], [6]];
    const model = fitLogisticRegression(toFeatureColumns(separable, ['x']), [0, 0, 0, 1, 1, 1], ['x']);
    expect(model.converged).toBe(true);
    expect(Number.isFinite(model.coefficients[0])).toBe(true);
    expect(model.coefficients[0]).toBeGreaterThan(0);
  });

  it('rejects a non-positive penalty with a PredictionInputError', () => {
    for (const l2Penalty of [0, -1, Number.NaN]) {
      expect(() => fitLogisticRegression(columns, target, names, { l2Penalty })).toThrow(
        expect.objectContaining({ name: 'PredictionInputError', code: 'PREDICTION_INVALID_OPTION' }),
      );
    }
    expect(() => fitLogisticRegression(columns, target, names, { l2Penalty: 0 })).toThrow(PredictionInputError);
  });
});
