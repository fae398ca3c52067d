import type { BehaviorPredictionAnalysis } from '../../data/analysis/run-behavior-prediction.ts';

/** Result of predict_behavior: the stored prediction run (aggregates only) and the segments it describes. */
export type PredictBehaviorData = BehaviorPredictionAnalysis & { groups: { label: string; size: number }[] };
