import type { RowIssue } from './import-report.ts';

/** Builds a {@link RowIssue} with its printable `message` (`file line N: reason`). */
export function createRowIssue(issue: Omit<RowIssue, 'message'>): RowIssue {
  const where = issue.line === undefined ? issue.file : `${issue.file} line ${issue.line}`;
  return { ...issue, message: `${where}: ${issue.reason}` };
}
