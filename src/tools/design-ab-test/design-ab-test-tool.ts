import { defineTool } from '../takumi-tool.ts';
import { summarizeDesignAbTest } from './model-summary.ts';
import { presentDesignAbTest } from './present.ts';
import { runDesignAbTest } from './run.ts';
import { designAbTestSchema } from './schema.ts';

export type { DesignAbTestData } from './result.ts';
export type { DesignAbTestInput } from './schema.ts';

/** A/B test design: arms, customers per arm for a lift and power, whether the group holds it, duration. */
export const designAbTestTool = defineTool({
  name: 'design_ab_test',
  description:
    'Designs an A/B test for a segment (or everyone): control and treatment arms, customers needed per arm to detect a stated minimum lift with a stated power, whether the segment is large enough (else the lift it can detect and a pooled test), and the duration from its purchase cycle. Use for 「A/Bテストの設計」, "how many customers do we need to test this?".',
  schema: designAbTestSchema,
  run: runDesignAbTest,
  summarize: summarizeDesignAbTest,
  present: presentDesignAbTest,
});
