/**
 * Parameters of every warning the segmentation pipeline can raise, by code. Warnings are data: the
 * engine says what happened (`code`, `params`) plus an English `message` for logs and the model;
 * people read them through the tools' catalogs (src/tools/shared/analysis-notes.ts), in their
 * language. Adding a code here makes the compiler ask for its { ja, en } entry there.
 */
export interface EngineWarningParams {
  /** PCA: every column is constant. */
  PCA_CONSTANT_DATA: Record<string, never>;
  /** PCA: the data has lower rank than the components requested. */
  PCA_LOW_RANK: Record<string, never>;
  /** Standardizing: constant columns carry no information. */
  CONSTANT_COLUMNS: { count: number; columns: string };
  /** k-means hit its iteration limit. */
  KMEANS_NOT_CONVERGED: { iterations: number };
  /** k-means re-seeded empty clusters. */
  KMEANS_EMPTY_RESEEDED: { count: number };
  /** Fewer distinct rows than k. */
  KMEANS_FEW_DISTINCT_ROWS: { nonEmpty: number; k: number };
  /** The largest k tried was lowered to fit the rows. */
  MAX_K_LOWERED: { requested: number; used: number; rows: number };
  /** A segment below the minimum size was merged into its neighbours. */
  SMALL_GROUP_MERGED: { size: number; minimum: number };
  /** Customers without any purchase. */
  CUSTOMERS_WITHOUT_PURCHASE: { count: number };
  /** Gamma-Gamma q ≤ 1: infinite mean spend. */
  SPEND_MEAN_INFINITE: { q: number };
  /** Frequency and spend correlate, against the Gamma-Gamma assumption. */
  SPEND_FREQUENCY_CORRELATED: { correlation: number };
  /** Repeat buyers with a 0 mean repeat spend, left out of CLV. */
  SPEND_ZERO_EXCLUDED: { count: number };
  /** BG/NBD dropout fitted with a weak prior. */
  DROPOUT_WEAK_PRIOR: Record<string, never>;
  /** A likelihood optimiser stopped before its tolerances. */
  OPTIMIZER_NOT_CONVERGED: { model: string; iterations: number };
  /** Photos without an embedding were left out. */
  PHOTOS_WITHOUT_EMBEDDING: { count: number };
  /** Too few photos for visual themes. */
  TOO_FEW_PHOTOS_FOR_THEMES: Record<string, never>;
  /** Lifetime value could not be estimated; `reason` is the CLV error code. */
  LIFETIME_VALUE_NOT_ESTIMATED: { reason: string };
  /** Cohorts: first-purchase months with fewer customers than the minimum were shown together, `first`–`last` (YYYY-MM). */
  COHORTS_MERGED: { first: string; last: string; minimum: number };
  /** Cohorts: the oldest first-purchase months, up to `through` (YYYY-MM), were shown as one row. */
  COHORTS_FOLDED: { months: number; through: string };
  /** Cohorts: the data ends on `lastDate` (YYYY-MM-DD), part-way through `month` (YYYY-MM). */
  COHORT_LAST_MONTH_PARTIAL: { month: string; lastDate: string };
  /** A warning stored by an older Takumi as text only. */
  STORED_TEXT: Record<string, never>;
}

/** The codes of {@link EngineWarningParams}. */
export type EngineWarningCode = keyof EngineWarningParams;

/** One warning: what happened as data, plus the English sentence for logs and the model. */
export type EngineWarning = {
  [Code in EngineWarningCode]: {
    readonly code: Code;
    readonly params: EngineWarningParams[Code];
    readonly message: string;
    /** Set when the warning came from trying one k while choosing k. */
    readonly k?: number;
  };
}[EngineWarningCode];

/** Builds a warning with its code's parameter type checked. */
export function engineWarning<Code extends EngineWarningCode>(
  code: Code,
  params: EngineWarningParams[Code],
  message: string,
): EngineWarning {
  return { code, params, message } as EngineWarning;
}
