import { buildRoiRangeChart } from '../../charts/roi-range-chart.ts';
import { loadLatestPrediction } from '../../data/analysis/load-latest-prediction.ts';
import { RoiInputError } from '../../engine/engine-errors.ts';
import { describableThemes } from '../../engine/themes/describable-themes.ts';
import { estimateSegmentCampaign, type SegmentCampaign } from '../shared/campaign-model/estimate-segment-campaign.ts';
import { checkCostCurrency } from '../shared/campaign-model/check-cost-currency.ts';
import { drawToolChart } from '../shared/draw-tool-chart.ts';
import { loadOrRunSegmentation } from '../shared/load-or-run-segmentation.ts';
import { resolveDatasetName } from '../shared/resolve-dataset-name.ts';
import { segmentLabel } from '../shared/segment-label.ts';
import { ToolInputError, type ToolContext, type ToolRun } from '../takumi-tool.ts';
import { translate } from '../../core/message-catalog.ts';
import { campaignTexts } from '../shared/campaign-model/campaign-texts.ts';
import { unknownSegmentError } from '../shared/unknown-segment-error.ts';
import type { EstimateRoiData } from './result.ts';
import type { EstimateRoiInput } from './schema.ts';
import { segmentGroup } from '../shared/group-members.ts';

/**
 * ROI of each segment (or the one asked for) through the shared campaign model: the costs the user
 * gave (else the stated defaults), the incremental response (assumed 1/2/4 % unless measured), the
 * segment's average order × gross margin per responder; a response-like prediction ranks who to contact.
 */
export async function runEstimateRoi(input: EstimateRoiInput, context: ToolContext): Promise<ToolRun<EstimateRoiData>> {
  const dataset = await resolveDatasetName(input.dataset, context);
  const { analysis, assignments } = await loadOrRunSegmentation(dataset, context);
  if (input.segment !== undefined && !analysis.segments[input.segment]) {
    throw unknownSegmentError(input.segment, analysis, context.language);
  }
  checkCostCurrency(input, analysis.currency, context.language);
  const prediction = await loadLatestPrediction(context.prisma, dataset, analysis.runId, input.target);
  const describable = describableThemes(analysis.themes, context.config.minimumGroupSize);
  const targets = input.segment === undefined ? analysis.segments : [analysis.segments[input.segment]!];
  let estimates: SegmentCampaign[];
  try {
    estimates = targets.map((segment) =>
      estimateSegmentCampaign({
        segment,
        label: segmentLabel(segment, analysis.segments, describable, context.language),
        analysis,
        currency: analysis.currency,
        costs: input,
        prediction,
      }),
    );
  } catch (error) {
    if (error instanceof RoiInputError && error.code === 'ROI_UNDEFINED_ZERO_COST') {
      throw new ToolInputError(
        'TOOL_ROI_NO_COST',
        'ROI needs a cost: pass costPerContact, totalCost or budget greater than 0 (the dataset has no purchases to derive a default from).',

        {},
        { readerMessage: translate(campaignTexts.noCost, context.language) },
      );
    }
    throw error;
  }
  estimates.sort((left, right) => right.estimate.base.roi - left.estimate.base.roi);
  const charts = await drawToolChart(
    context,
    buildRoiRangeChart(
      {
        options: estimates.map((entry) => ({
          label: entry.label,
          low: entry.estimate.low.roi,
          base: entry.estimate.base.roi,
          high: entry.estimate.high.roi,
        })),
      },
      context.language,
    ),
    'roi',
    { dataset, runId: analysis.runId },
  );
  return {
    result: {
      runId: analysis.runId,
      dataset,
      currency: analysis.currency,
      estimates,
      groups: estimates.map((entry) => segmentGroup(assignments, entry.segment)),
    },
    charts,
  };
}
