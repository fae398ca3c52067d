import type { z } from 'zod';

/**
 * Reports a bad cell from inside a zod transform. `message` continues the column name, so it starts
 * with the quoted value or with "is", e.g. `"abc" is not a number; write digits like 1200 or 12.5`.
 */
export function addValueIssue(context: z.RefinementCtx<string>, code: string, message: string): void {
  context.issues.push({ code: 'custom', message, input: context.value, params: { code } });
}
