import { z } from 'zod';
import { addValueIssue } from './add-value-issue.ts';
import { quoteValue } from './quote-value.ts';

/** Plain digits, or digits grouped by thousands with commas, then an optional decimal part. */
const amountPattern = /^(\d+|\d{1,3}(,\d{3})+)(\.\d+)?$/;
/** One currency sign before (after any minus), or 円 after, the number (after NFKC, ￥ is ¥). */
const currencyBefore = /^(-?)\s*[¥$€£]\s*/;
const currencyAfter = /\s*円$/;
/**
 * Largest amount one purchase may have: 1 trillion (¥1,000,000,000,000 or $1,000,000,000,000). Above
 * it, a value is an export error (1e308, a pasted id), and it would dwarf every sum it enters.
 */
export const maximumAmount = 1e12;

/**
 * A purchase amount cell: a number ≥ 0 such as `1200`, `12.5`, `1,234,567.5`, `¥1,200` or `1200円`;
 * full-width digits are accepted. A comma is read only as a thousands separator, never as a
 * decimal mark (so `12,5` is rejected rather than silently read as 125).
 */
export const amountTextSchema = z.string().transform((text, context) => {
  const normalized = text.normalize('NFKC').trim();
  const digits = normalized.replace(currencyBefore, '$1').replace(currencyAfter, '');
  if (normalized === '') {
    addValueIssue(context, 'AMOUNT_EMPTY', 'is empty; write the amount like 1200 or 12.5');
    return z.NEVER;
  }
  if (/^-/.test(digits) && amountPattern.test(digits.slice(1))) {
    addValueIssue(
      context,
      'AMOUNT_NEGATIVE',
      `${quoteValue(text)} is negative; amounts must be 0 or more (leave refunds and cancellations out of the file)`,
    );
    return z.NEVER;
  }
  if (/^\d+,\d{1,2}$/.test(digits)) {
    addValueIssue(
      context,
      'AMOUNT_NOT_A_NUMBER',
      `${quoteValue(text)} is not a number Takumi reads; use a dot for decimals (12.5), commas only between thousands (1,234)`,
    );
    return z.NEVER;
  }
  const amount = amountPattern.test(digits) ? Number(digits.replaceAll(',', '')) : Number.NaN;
  if (amount > maximumAmount) {
    addValueIssue(
      context,
      'AMOUNT_TOO_LARGE',
      `${quoteValue(text)} is larger than one purchase can be (at most 1,000,000,000,000); check the value and the column`,
    );
    return z.NEVER;
  }
  if (!Number.isFinite(amount)) {
    addValueIssue(
      context,
      'AMOUNT_NOT_A_NUMBER',
      `${quoteValue(text)} is not a number; write digits like 1200 or 12.5`,
    );
    return z.NEVER;
  }
  return amount;
});
