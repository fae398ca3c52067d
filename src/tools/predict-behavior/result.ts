import type { DeclaredGroup } from '../declared-group.ts';
import type { BehaviorPredictionAnalysis } from '../../data/analysis/run-behavior-prediction.ts';

/** Result of predict_behavior: the stored prediction run (aggregates only) and the segments it describes. */
export type PredictBehaviorData = BehaviorPredictionAnalysis & {
  groups: DeclaredGroup[];
  /** Each segment's descriptive name by id, in the asker's language (id in brackets). */
  segmentLabels: string[];
  /** Names of the describable themes by id in the asker's language (undefined for others). */
  themeNames: (string | undefined)[];
};
