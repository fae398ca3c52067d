import type { KScore } from '../../engine/clustering/choose-k.ts';
import type { LifetimeValueEstimate } from '../../engine/clv/estimate-lifetime-values.ts';
import type { SegmentProfile } from '../../engine/segments/profile-segments.ts';
import type { VisualTheme } from '../../engine/themes/find-visual-themes.ts';
import type { EngineWarning } from '../../engine/engine-warning.ts';

/** A stored segmentation run: themes, segments and CLV of one dataset, aggregates only. */
export interface SegmentationAnalysis {
  runId: number;
  datasetName: string;
  /** ISO 4217 code of the dataset's amounts (monetary means, CLV): format money with it. */
  currency: string;
  /** The dataset's gross margin setting (0–1), read from the dataset when loaded; null or absent: the default. */
  grossMargin?: number | null;
  /** Version of the dataset's rows the run was computed from (see computeDataVersion); '' for older runs. */
  dataVersion: string;
  createdAt: Date;
  asOf: Date;
  seed: number;
  customerCount: number;
  photoCount: number;
  /** Visual themes with the number of distinct customers who posted photos in each. */
  themes: (VisualTheme & { customers: number })[];
  themeSilhouette: KScore[] | null;
  segments: SegmentProfile[];
  segmentSilhouette: KScore[] | null;
  lifetimeValue: Omit<LifetimeValueEstimate, 'values' | 'probabilityAlive' | 'warnings'> | null;
  /** 2-D projection of each distinct photo with its theme, for the theme map. */
  projection: { x: number; y: number; theme: number }[];
  /** What went differently than planned, as data (translated when presented). */
  warnings: EngineWarning[];
}

/** Per-customer results of a run, for prediction and ROI (never sent to a model). */
export interface SegmentationAssignments {
  /** Segment by customer database id. */
  segmentByCustomer: Map<number, number>;
  /** Lifetime value by customer database id (absent when unknown). */
  lifetimeValueByCustomer: Map<number, number>;
  /** Theme by photo sha256. */
  themeByPhoto: Map<string, number>;
}
