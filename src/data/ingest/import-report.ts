/** A row (or photo) that was not imported, and why. The row's neighbours are imported normally. */
export interface RowIssue {
  /** Display name of the input: the file's base name, or `photos/<customer>/<file>` for photo folders. */
  file: string;
  /** 1-based line where the record starts (the header is line 1); absent for folder photos. */
  line?: number;
  /** The column header as written in the file, when one column is at fault. */
  column?: string;
  /** The offending text as written, when there is one. */
  value?: string;
  /** Stable machine-readable code, e.g. `AMOUNT_NOT_A_NUMBER`. */
  code: string;
  /** What is wrong and how to fix it, e.g. `amount "abc" is not a number; write digits like 1200 or 12.5`. */
  reason: string;
  /** `file line N: reason`, ready to print. */
  message: string;
}

/** A whole input that could not be used (nothing of it was written); the other inputs went on. */
export interface FileIssue {
  file: string;
  code: string;
  /** Names the file, what is wrong (e.g. the missing column and the columns found) and the fix. */
  message: string;
  details: Readonly<Record<string, unknown>>;
}

/** What one CSV import stage did, and the rows it left out. */
export interface TableStageResult {
  counts: TableImportCounts;
  issues: RowIssue[];
  /** Things worth knowing that did not stop any row. */
  warnings?: string[];
}

/** What one CSV stage did. Rows are counted once: added + updated + unchanged + rejected = rows. */
export interface TableImportCounts {
  file: string;
  /** Data rows read (blank lines not counted). */
  rows: number;
  added: number;
  /** Stored rows whose values changed (customers: attributes merged). */
  updated: number;
  /** Rows already stored with the same values (a re-import). */
  unchanged: number;
  /** Rows reported in `rowErrors`. */
  rejected: number;
}

/** What the photo stage did; counts are photo entries (a file listed for two customers counts twice). */
export interface PhotoImportCounts {
  source: string;
  kind: 'folder' | 'manifest';
  entries: number;
  added: number;
  /** Already linked, but its path or posting time changed. */
  updated: number;
  unchanged: number;
  rejected: number;
  /** Photo files embedded by this import (each distinct content once). */
  embedded: number;
  /** Photo files whose embedding was already stored, or computed earlier in this import for the same bytes. */
  cached: number;
  /** True when embedding was skipped (link only). */
  embeddingSkipped: boolean;
}

/** The result of {@link importDataset}. */
export interface ImportReport {
  /** `currency`: the ISO 4217 code the dataset's amounts are stored in after this import. */
  dataset: { id: number | undefined; name: string; created: boolean; currency: string };
  /** Absent when the file could not be used at all (see `fileErrors`). */
  customers?: TableImportCounts;
  transactions?: TableImportCounts;
  photos?: PhotoImportCounts;
  fileErrors: FileIssue[];
  rowErrors: RowIssue[];
  /** Things worth knowing that are not errors. */
  warnings: string[];
  /** True when at least one row or photo is now stored (new or already there). */
  anythingStored: boolean;
  seconds: number;
}

/** Progress of a running import, for a progress bar. */
export interface ImportProgress {
  stage: 'customers' | 'transactions' | 'photos' | 'embedding';
  done: number;
  total: number;
}
