import { defineTool } from '../takumi-tool.ts';
import { summarizeWhatIf } from './model-summary.ts';
import { presentWhatIf } from './present.ts';
import { runWhatIf } from './run.ts';
import { whatIfSchema } from './schema.ts';

export type { WhatIfData } from './result.ts';
export type { WhatIfToolInput } from './schema.ts';

/** "What if we spend X / give Y % off to segment Z": the outcome range from a seeded simulation. */
export const whatIfTool = defineTool({
  name: 'simulate_what_if',
  description:
    'What-if for an offer to a segment (or everyone): simulates (seeded Monte Carlo) the extra buyers, revenue, cost, profit and ROI with a 90% interval and the chance it pays back, and says which assumption matters most. ' +
    'Use for 「もし20%割引をセグメント2に出したら？」, "what if we spend 500,000 on S1?". Pass the offer as numbers in the dataset currency (「20%割引」 → discountRate 0.2, 「50万円かけたら」 → totalCost 500000, 「予算30万」 → budget 300000).',
  schema: whatIfSchema,
  run: runWhatIf,
  summarize: summarizeWhatIf,
  present: presentWhatIf,
});
