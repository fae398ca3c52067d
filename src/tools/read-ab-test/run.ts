import path from 'node:path';
import { buildAbTestReadoutChart, type AbTestVerdict } from '../../charts/ab-test-readout-chart.ts';
import { localeOf, translate } from '../../core/message-catalog.ts';
import { readAbTestResults } from '../../data/analysis/read-ab-test-results.ts';
import { decideAbTest } from '../../engine/roi/decide-ab-test.ts';
import { defaultCampaignAssumptions } from '../../engine/roi/estimate-campaign.ts';
import { sampleSizeForTwoProportions } from '../../engine/roi/sample-size-for-two-proportions.ts';
import { twoProportionZTest } from '../../engine/roi/two-proportion-z-test.ts';
import { wilsonInterval } from '../../engine/roi/wilson-interval.ts';
import { drawToolChart } from '../shared/draw-tool-chart.ts';
import { ToolInputError, type ToolContext, type ToolRun } from '../takumi-tool.ts';
import { readAbTestMessages } from './messages.ts';
import type { ReadAbTestData } from './result.ts';
import type { ReadAbTestInput } from './schema.ts';
import { groupDigits } from '../../core/format/format-count.ts';

/** The folder results files are read from (a file outside it is refused). */
export function abTestFolder(context: ToolContext): string {
  return path.join(context.config.home, 'ab-tests');
}

/**
 * Reads out an A/B test: the counts from the question or a results file's per-arm totals (ids never
 * leave the reader), the two-proportion z-test (pooled test, Wald interval), revenue per customer,
 * and a plain decision; for keep-testing, the customers per arm that would confirm the lift seen.
 * Draws the readout chart: each arm's rate with its Wilson interval, the lift with the test's interval.
 */
export async function runReadAbTest(input: ReadAbTestInput, context: ToolContext): Promise<ToolRun<ReadAbTestData>> {
  const counts = [input.controlSize, input.controlConversions, input.treatmentSize, input.treatmentConversions];
  const given = counts.filter((value) => value !== undefined).length;
  if (input.resultsFile === undefined && given < 4)
    throw new ToolInputError(
      'TOOL_AB_COUNTS_REQUIRED',
      'Pass all four counts (controlSize, controlConversions, treatmentSize, treatmentConversions) or resultsFile.',
      {},
      { readerMessage: translate(readAbTestMessages.countsRequired, context.language) },
    );
  let source: ReadAbTestData['source'] = { kind: 'question' };
  let control = { customers: input.controlSize ?? 0, conversions: input.controlConversions ?? 0 };
  let treatment = { customers: input.treatmentSize ?? 0, conversions: input.treatmentConversions ?? 0 };
  let revenuePerCustomer: ReadAbTestData['revenuePerCustomer'] = null;
  if (input.resultsFile !== undefined && given < 4) {
    const file = await readAbTestResults(abTestFolder(context), input.resultsFile);
    source = { kind: 'file', file: file.file, skipped: file.skipped };
    control = { customers: file.control.customers, conversions: file.control.conversions };
    treatment = { customers: file.treatment.customers, conversions: file.treatment.conversions };
    if (file.control.revenue !== null && file.treatment.revenue !== null)
      revenuePerCustomer = {
        control: file.control.revenue / file.control.customers,
        treatment: file.treatment.revenue / file.treatment.customers,
      };
  }
  for (const [name, arm, armWords] of [
    ['control', control, readAbTestMessages.controlArm],
    ['treatment', treatment, readAbTestMessages.treatmentArm],
  ] as const)
    if (arm.conversions > arm.customers || arm.customers === 0)
      throw new ToolInputError(
        'TOOL_AB_COUNTS_INVALID',
        `The ${name} arm has ${arm.conversions} conversions of ${groupDigits(arm.customers)} customers; each arm needs customers and at most as many conversions.`,
        { arm: name },
        {
          readerMessage: translate(readAbTestMessages.countsInvalid, context.language, {
            arm: translate(armWords, context.language),
            customers: arm.customers.toLocaleString(localeOf(context.language)),
            conversions: arm.conversions.toLocaleString(localeOf(context.language)),
          }),
        },
      );
  const test = twoProportionZTest(
    {
      controlConversions: control.conversions,
      controlSize: control.customers,
      treatmentConversions: treatment.conversions,
      treatmentSize: treatment.customers,
    },
    input.confidenceLevel === undefined ? {} : { confidenceLevel: input.confidenceLevel },
  );
  const minimumWorthwhileLift = input.minimumWorthwhileLift ?? defaultCampaignAssumptions.incrementalResponse.low;
  const decision = decideAbTest(test, minimumWorthwhileLift);
  const neededPerArm =
    decision === 'keep-testing' && test.difference > 0 && test.controlRate > 0 && test.treatmentRate < 1
      ? sampleSizeForTwoProportions({ baselineRate: test.controlRate, expectedRate: test.treatmentRate }).perArm
      : null;
  const level = test.confidenceInterval.level;
  const armIntervals: ReadAbTestData['armIntervals'] = {
    method: 'wilson',
    control: wilsonInterval(control.conversions, control.customers, level),
    treatment: wilsonInterval(treatment.conversions, treatment.customers, level),
  };
  const dataset = context.defaultDataset
    ? await context.prisma.dataset.findUnique({ where: { name: context.defaultDataset }, select: { currency: true } })
    : null;
  const result: ReadAbTestData = {
    source,
    control,
    treatment,
    test,
    armIntervals,
    decision,
    minimumWorthwhileLift,
    revenuePerCustomer,
    currency: dataset?.currency ?? 'JPY',
    neededPerArm,
    groups: [
      // The asker's own counts, not customers of ours: nothing to difference.
      { label: 'control arm', size: control.customers, members: 'counted' },
      { label: 'treatment arm', size: treatment.customers, members: 'counted' },
    ],
  };
  return { result, charts: await drawReadoutChart(result, context) };
}

/**
 * The readout chart; its footer says whether the counts came from the question or a results file. Not
 * the file's name: answers go through the privacy guard, which withholds file names, and a chart does not.
 */
function drawReadoutChart(data: ReadAbTestData, context: ToolContext) {
  const { test } = data;
  // The same split of `stop` as the readout's text: significantly worse, or too small to be worth it.
  const verdict: AbTestVerdict =
    data.decision === 'stop' ? (test.significant ? 'stop-worse' : 'stop-too-small') : data.decision;
  const spec = buildAbTestReadoutChart(
    {
      control: { ...data.control, ...data.armIntervals.control },
      treatment: { ...data.treatment, ...data.armIntervals.treatment },
      lift: { difference: test.difference, lower: test.confidenceInterval.lower, upper: test.confidenceInterval.upper },
      level: test.confidenceInterval.level,
      pValue: test.pValue,
      verdict,
      revenuePerCustomer: data.revenuePerCustomer,
      currency: data.currency,
    },
    context.language,
  );
  const source = translate(
    data.source.kind === 'file' ? readAbTestMessages.chartFromFile : readAbTestMessages.chartFromQuestion,
    context.language,
  );
  // The counts are the asker's, not a run of ours: the footer names no run.
  return drawToolChart(context, spec, 'ab-test', { dataset: source, runId: null });
}
