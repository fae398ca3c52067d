import { validateDataMatrix } from './validate-data-matrix.ts';
import { engineWarning, type EngineWarning } from '../engine-warning.ts';

/** Result of {@link standardizeColumns}. */
export interface StandardizedColumns {
  /** `rows × columns` z-scores, float32 row-major. */
  data: Float32Array;
  /** Column means. */
  means: Float64Array;
  /** Population standard deviations; 1 for a constant column (which comes out as zeros). */
  scales: Float64Array;
  /** Columns with zero variance; they come out as all zeros. */
  constantColumns: number[];
  warnings: EngineWarning[];
}

/**
 * Z-scores every column ((x − mean) / standard deviation, population denominator as
 * scikit-learn's StandardScaler), so that features in different units weigh alike in distances.
 * A constant column would divide by zero; it becomes all zeros (scale 1) and is reported.
 *
 * @throws ClusteringError on a bad shape or a non-finite value.
 */
export function standardizeColumns(data: Float32Array, rows: number, columns: number): StandardizedColumns {
  validateDataMatrix(data, rows, columns);
  const means = new Float64Array(columns);
  for (let index = 0; index < data.length; index += 1) means[index % columns]! += data[index]!;
  for (let column = 0; column < columns; column += 1) means[column]! /= rows;
  // Two passes (mean, then squared deviations) avoid the cancellation of E[x²] − E[x]².
  const squares = new Float64Array(columns);
  for (let index = 0; index < data.length; index += 1)
    squares[index % columns]! += (data[index]! - means[index % columns]!) ** 2;
  const scales = new Float64Array(columns);
  const constantColumns: number[] = [];
  for (let column = 0; column < columns; column += 1) {
    const deviation = Math.sqrt(squares[column]! / rows);
    // Relative guard: float32 input cannot resolve spreads below ~1e-7 of the values' magnitude.
    const constant = deviation === 0 || deviation <= 1e-10 * Math.abs(means[column]!);
    if (constant) constantColumns.push(column);
    scales[column] = constant ? 1 : deviation;
  }
  const isConstant = new Uint8Array(columns);
  for (const column of constantColumns) isConstant[column] = 1;
  const standardized = Float32Array.from(data, (value, index) => {
    const column = index % columns;
    return isConstant[column] ? 0 : (value - means[column]!) / scales[column]!;
  });
  const listed = constantColumns.slice(0, 10).join(', ') + (constantColumns.length > 10 ? ', …' : '');
  const warnings =
    constantColumns.length > 0
      ? [
          engineWarning(
            'CONSTANT_COLUMNS',
            { count: constantColumns.length, columns: listed },
            `${constantColumns.length} constant column(s) (${listed}) carry no information and were set to 0.`,
          ),
        ]
      : [];
  return { data: standardized, means, scales, constantColumns, warnings };
}
