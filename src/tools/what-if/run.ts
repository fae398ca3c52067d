import { buildWhatIfOutcomeChart } from '../../charts/what-if-outcome-chart.ts';
import { translate } from '../../core/message-catalog.ts';
import { loadLatestPrediction } from '../../data/analysis/load-latest-prediction.ts';
import { loadOrderValues } from '../../data/analysis/load-order-values.ts';
import { RoiInputError } from '../../engine/engine-errors.ts';
import type { SegmentProfile } from '../../engine/segments/profile-segments.ts';
import { describableThemes } from '../../engine/themes/describable-themes.ts';
import { simulateWhatIf } from '../../engine/what-if/simulate-what-if.ts';
import type { ResponseBelief } from '../../engine/what-if/what-if-types.ts';
import { normalQuantile } from '../../engine/statistics/normal-quantile.ts';
import { campaignFormat } from '../shared/campaign-model/campaign-messages.ts';
import { estimateSegmentCampaign, type SegmentCampaign } from '../shared/campaign-model/estimate-segment-campaign.ts';
import { checkCostCurrency } from '../shared/campaign-model/check-cost-currency.ts';
import { drawToolChart } from '../shared/draw-tool-chart.ts';
import { loadOrRunSegmentation } from '../shared/load-or-run-segmentation.ts';
import { resolveDatasetName } from '../shared/resolve-dataset-name.ts';
import { segmentLabel } from '../shared/segment-label.ts';
import { ToolInputError, type ToolContext, type ToolRun } from '../takumi-tool.ts';
import { campaignTexts } from '../shared/campaign-model/campaign-texts.ts';
import { unknownSegmentError } from '../shared/unknown-segment-error.ts';
import { whatIfChartMessages, whatIfVerdicts } from './chart-messages.ts';
import { whatIfMessages } from './messages.ts';
import { offerWords } from './what-if-words.ts';
import type { WhatIfData } from './result.ts';
import type { WhatIfToolInput } from './schema.ts';
import { segmentGroup, everyoneGroup } from '../shared/group-members.ts';

/** A stated default margin is uncertain: the sensitivity moves it ±10 points. */
const marginSpread = 0.1;

/** Every customer as one audience: size and RFM means weighted by segment size. */
function everyone(segments: readonly SegmentProfile[]): SegmentProfile {
  const size = segments.reduce((sum, segment) => sum + segment.size, 0);
  const weighted = (value: (segment: SegmentProfile) => number): number =>
    size > 0 ? segments.reduce((sum, segment) => sum + value(segment) * segment.size, 0) / size : 0;
  const first = segments[0]!;
  return {
    ...first,
    id: -1,
    size,
    meanRfm: {
      ...first.meanRfm,
      frequency: weighted((segment) => segment.meanRfm.frequency),
      monetary: weighted((segment) => segment.meanRfm.monetary),
    },
  };
}

/**
 * The response belief: the stated range as it is; one assumed or measured value (no interval given)
 * is spread ×½ to ×2 like the default 1 / 2 / 4 %, since one number is never certain.
 */
function beliefOf(campaign: SegmentCampaign): ResponseBelief & { source: 'default' | 'given' | 'measured' } {
  const entry = campaign.estimate.assumptions.find((assumption) => assumption.key === 'incrementalResponse')!;
  const value = entry.value as { low: number; base: number; high: number };
  const source = entry.source === 'measured' ? 'measured' : entry.source === 'given' ? 'given' : 'default';
  if (value.low < value.high) return { kind: 'range', ...value, source };
  if (source === 'measured' && value.base <= 0)
    return {
      kind: 'measured',
      lift: value.base,
      standardError: Math.abs(value.base) / 2 / normalQuantile(0.95),
      source,
    };
  return { kind: 'range', low: value.base / 2, base: value.base, high: value.base * 2, source };
}

/**
 * "What if we offer X to segment Y": the shared campaign model's base case (the same ROI estimate_roi
 * gives) and around it a seeded simulation of who responds and what they spend, from the dataset's
 * own order values, response prediction (buyers-anyway) and the stated response range.
 */
export async function runWhatIf(input: WhatIfToolInput, context: ToolContext): Promise<ToolRun<WhatIfData>> {
  const dataset = await resolveDatasetName(input.dataset, context);
  const { analysis, assignments } = await loadOrRunSegmentation(dataset, context);
  if (input.segment !== undefined && !analysis.segments[input.segment])
    throw unknownSegmentError(input.segment, analysis, context.language);
  checkCostCurrency(input, analysis.currency, context.language);
  const segment = input.segment === undefined ? null : analysis.segments[input.segment]!;
  const profile = segment ?? everyone(analysis.segments);
  const themes = describableThemes(analysis.themes, context.config.minimumGroupSize);
  const label = segment ? segmentLabel(segment, analysis.segments, themes, context.language) : '';
  const prediction = segment ? await loadLatestPrediction(context.prisma, dataset, analysis.runId) : null;
  let campaign: SegmentCampaign;
  try {
    campaign = estimateSegmentCampaign({
      segment: profile,
      label,
      analysis,
      currency: analysis.currency,
      costs: input,
      prediction,
    });
  } catch (error) {
    if (error instanceof RoiInputError && error.code === 'ROI_UNDEFINED_ZERO_COST')
      throw new ToolInputError(
        'TOOL_ROI_NO_COST',
        'A what-if needs a cost: pass costPerContact, totalCost or budget greater than 0 (the dataset has no purchases to derive a default from).',

        {},
        { readerMessage: translate(campaignTexts.noCost, context.language) },
      );
    throw error;
  }
  const orders = await loadOrderValues(
    context.prisma,
    dataset,
    segment ? (customerId) => assignments.segmentByCustomer.get(customerId) === segment.id : undefined,
  );
  const { estimate } = campaign;
  const response = beliefOf(campaign);
  const contacts = estimate.targeting.contacts;
  const baselineRate = campaign.prediction?.meanProbability ?? 0;
  const discountRate = input.discountRate ?? 0;
  const incentive = input.incentivePerRedeemer ?? 0;
  const marginEntry = estimate.assumptions.find((assumption) => assumption.key === 'grossMargin')!;
  const grossMargin = marginEntry.value as number;
  // estimateCampaign's cost = contact cost + redeemers × (discount × order + incentive): take the first part back out.
  const baseRedeemers = contacts * Math.min(1, Math.max(0, estimate.base.incrementalResponse + baselineRate));
  const contactCost = Math.max(
    0,
    estimate.base.cost - baseRedeemers * (discountRate * campaign.averageOrderValue + incentive),
  );
  const outcome = simulateWhatIf(
    {
      contacts,
      contactCost,
      discountRate,
      incentivePerRedeemer: incentive,
      baselineRate,
      baselineCustomers: null,
      response,
      orderValue: {
        mean: campaign.averageOrderValue,
        standardDeviation: orders.standardDeviation,
        customers: Math.max(1, orders.customers),
      },
      grossMargin,
      grossMarginRange:
        marginEntry.source === 'default'
          ? { low: Math.max(0, grossMargin - marginSpread), high: Math.min(1, grossMargin + marginSpread) }
          : null,
      extraOrdersPerResponder: estimate.assumptions.find((entry) => entry.key === 'extraOrdersPerResponder')!
        .value as number,
    },
    { seed: analysis.seed },
  );
  const data: WhatIfData = {
    dataset,
    runId: analysis.runId,
    currency: analysis.currency,
    segment: segment ? { id: segment.id, label } : null,
    audienceSize: profile.size,
    contacts,
    offer: {
      discountRate,
      incentivePerRedeemer: incentive,
      budget: input.budget ?? null,
      totalCost: input.totalCost ?? null,
      costPerContact: input.costPerContact ?? null,
      fixedCost: input.fixedCost ?? null,
      contactCost,
    },
    assumptions: {
      response,
      grossMargin: { value: grossMargin, source: marginEntry.source },
      averageOrderValue: campaign.averageOrderValue,
      orderValueSpread: orders.standardDeviation,
      baselineRate,
      baselineSource: campaign.prediction ? 'prediction' : 'none',
      extraOrdersPerResponder: estimate.assumptions.find((entry) => entry.key === 'extraOrdersPerResponder')!
        .value as number,
    },
    baseRoi: estimate.base.roi,
    outcome,
    minimumGroupSize: context.config.minimumGroupSize,
    groups: [segment ? segmentGroup(assignments, segment.id) : everyoneGroup(assignments)],
  };
  return { result: data, charts: await drawOutcomeChart(data, context) };
}

/** The verdict the chart's title leads with, from the chance that the offer pays off. */
function verdictOf(chance: number): keyof typeof whatIfVerdicts {
  if (chance >= 0.9) return 'almostSurelyProfit';
  if (chance >= 0.6) return 'likelyProfit';
  if (chance > 0.4) return 'tossUp';
  if (chance > 0.1) return 'likelyLoss';
  return 'almostSurelyLoss';
}

async function drawOutcomeChart(data: WhatIfData, context: ToolContext) {
  const { language } = context;
  const f = campaignFormat(data.currency, language);
  const net = data.outcome.netReturn;
  const chance = data.outcome.probabilityProfitable;
  return drawToolChart(
    context,
    buildWhatIfOutcomeChart(
      {
        bins: data.outcome.histogram,
        title: translate(whatIfChartMessages.title, language, {
          verdict: translate(whatIfVerdicts[verdictOf(chance)], language),
          chance: f.percent(chance),
          expected: f.money(net.mean),
        }),
        subtitle: translate(whatIfChartMessages.subtitle, language, {
          target: data.segment?.label ?? translate(whatIfMessages.everyone, language),
          offer: offerWords(data, f),
          level: f.percent(data.outcome.options.intervalLevel),
          low: f.money(net.low),
          high: f.money(net.high),
        }),
        currency: data.currency,
      },
      language,
    ),
    'what-if',
    { dataset: data.dataset, runId: data.runId },
  );
}
