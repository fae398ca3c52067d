import { RoiInputError } from '../engine-errors.ts';

/** Range rule for {@link checkNumber}. */
export type NumberRule =
  | 'rate'
  | 'non-negative'
  | 'positive'
  | 'positive-integer'
  | 'non-negative-integer'
  | 'open-rate';

const requirements: Record<NumberRule, string> = {
  rate: 'a share between 0 and 1 (e.g. 0.03 for 3 %)',
  'open-rate': 'a probability strictly between 0 and 1',
  'non-negative': 'a number ≥ 0',
  positive: 'a number > 0',
  'positive-integer': 'a whole number ≥ 1',
  'non-negative-integer': 'a whole number ≥ 0',
};

function satisfies(value: number, rule: NumberRule): boolean {
  switch (rule) {
    case 'rate':
      return value >= 0 && value <= 1;
    case 'open-rate':
      return value > 0 && value < 1;
    case 'non-negative':
      return value >= 0;
    case 'positive':
      return value > 0;
    case 'positive-integer':
      return Number.isInteger(value) && value >= 1;
    case 'non-negative-integer':
      return Number.isInteger(value) && value >= 0;
  }
}

/**
 * Returns `value` if it is a finite number obeying `rule`, else throws a RoiInputError
 * (`ROI_INVALID_INPUT`) naming the field, the value and what is expected.
 */
export function checkNumber(field: string, value: unknown, rule: NumberRule, hint = ''): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || !satisfies(value, rule)) {
    const shown = typeof value === 'number' ? String(value) : (JSON.stringify(value) ?? String(value));
    throw new RoiInputError(
      'ROI_INVALID_INPUT',
      `${field} is ${shown} but must be ${requirements[rule]}.${hint ? ` ${hint}` : ''}`,
      {
        field,
        value: shown,
        requirement: rule,
      },
    );
  }
  return value;
}
