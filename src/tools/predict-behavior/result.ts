import type { BehaviourPredictionAnalysis } from '../../data/analysis/run-behaviour-prediction.ts';

/** Result of predict_behavior: the stored prediction run (aggregates only) and the segments it describes. */
export type PredictBehaviorData = BehaviourPredictionAnalysis & { groups: { label: string; size: number }[] };
