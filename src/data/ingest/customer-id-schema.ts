import { z } from 'zod';
import { addValueIssue } from './add-value-issue.ts';

/** Longest customer id accepted; longer values are almost always a shifted column. */
const maximumLength = 200;

/** A customer id cell: trimmed, non-empty. Ids are compared exactly (case and width kept). */
export const customerIdSchema = z.string().transform((text, context) => {
  const id = text.trim();
  if (id === '') {
    addValueIssue(context, 'CUSTOMER_ID_EMPTY', "is empty; every row needs the customer's id");
    return z.NEVER;
  }
  if (id.length > maximumLength) {
    addValueIssue(
      context,
      'CUSTOMER_ID_TOO_LONG',
      `is ${id.length} characters long (at most ${maximumLength}); check that the columns are not shifted`,
    );
    return z.NEVER;
  }
  return id;
});
