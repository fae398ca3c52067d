import type { DeclaredGroup } from '../declared-group.ts';
import type { SegmentationAnalysis } from '../../data/analysis/segmentation-analysis.ts';

/** Result of run_segmentation: the stored analysis, each segment's label and the groups it describes. */
export type RunSegmentationData = SegmentationAnalysis & {
  labels: string[];
  groups: DeclaredGroup[];
  /** Themes with fewer customers than this are not described. */
  minimumGroupSize: number;
};
