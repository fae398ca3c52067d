import { PredictionInputError } from '../engine-errors.ts';
import type { FeatureMatrix } from './prediction-types.ts';

/**
 * Turns customer rows into one Float64Array per feature (the layout the model fitting loops want),
 * checking as it goes that every row has `featureNames.length` finite values.
 *
 * @throws PredictionInputError `PREDICTION_ROW_WIDTH_MISMATCH` or `PREDICTION_FEATURE_NOT_FINITE`,
 *   naming the row and the feature.
 */
export function toFeatureColumns(rows: FeatureMatrix, featureNames: readonly string[]): Float64Array[] {
  const width = featureNames.length;
  const rowCount = rows.length;
  const columns = Array.from({ length: width }, () => new Float64Array(rowCount));
  for (let rowIndex = 0; rowIndex < rowCount; rowIndex += 1) {
    const row = rows[rowIndex] as FeatureMatrix[number];
    if (row.length !== width) {
      throw new PredictionInputError(
        'PREDICTION_ROW_WIDTH_MISMATCH',
        `Row ${rowIndex} has ${row.length} values but there are ${width} feature names (${featureNames.join(', ')}). ` +
          'Give every customer one value per feature, in the order of the feature names.',
        { row: rowIndex, rowWidth: row.length, featureCount: width },
      );
    }
    for (let columnIndex = 0; columnIndex < width; columnIndex += 1) {
      const value = row[columnIndex] as number;
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        const name = featureNames[columnIndex] as string;
        throw new PredictionInputError(
          'PREDICTION_FEATURE_NOT_FINITE',
          `Feature "${name}" of row ${rowIndex} is ${String(value)}; models need a finite number in every cell. ` +
            'Fill or drop missing values (e.g. impute the median) before predicting.',
          { row: rowIndex, column: columnIndex, feature: name, value: String(value) },
        );
      }
      (columns[columnIndex] as Float64Array)[rowIndex] = value;
    }
  }
  return columns;
}
