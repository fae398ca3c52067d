import { defineTool } from '../takumi-tool.ts';
import { summarizePrediction } from './model-summary.ts';
import { presentPrediction } from './present.ts';
import { predictBehavior } from './run.ts';
import { predictBehaviorSchema } from './schema.ts';

export type { PredictBehaviorData } from './result.ts';
export type { PredictBehaviorInput } from './schema.ts';

/** Predicts a 0/1 customer behavior from the segmentation's features, with cross-validated scores. */
export const predictBehaviorTool = defineTool({
  name: 'predict_behavior',
  description:
    'Predicts a yes/no customer behavior (a 0/1 column of the customers file, e.g. responded, churned) from photo themes, RFM and segments. Returns cross-validated accuracy and AUC against always guessing the majority, the main drivers, and the expected rate per segment.',
  schema: predictBehaviorSchema,
  run: predictBehavior,
  summarize: summarizePrediction,
  present: presentPrediction,
});
