import { defineTool } from '../takumi-tool.ts';
import { summarizeReadAbTest } from './model-summary.ts';
import { presentReadAbTest } from './present.ts';
import { runReadAbTest } from './run.ts';
import { readAbTestSchema } from './schema.ts';

export type { ReadAbTestData } from './result.ts';
export type { ReadAbTestInput } from './schema.ts';

/** A/B readout: lift with its confidence interval, p-value, revenue per customer and a plain decision. */
export const readAbTestTool = defineTool({
  name: 'read_ab_test',
  description:
    'Reads out an A/B test: conversion in each arm, the lift with its confidence interval, the p-value (two-proportion z-test), revenue per customer when a results file has it, and a plain decision (ship, keep testing, stop). ' +
    'Pass the four counts from the question (「対照 2000人中120人、施策 2000人中156人」 → controlSize 2000, controlConversions 120, treatmentSize 2000, treatmentConversions 156) or a results CSV in the A/B folder.',
  schema: readAbTestSchema,
  run: runReadAbTest,
  summarize: summarizeReadAbTest,
  present: presentReadAbTest,
});
