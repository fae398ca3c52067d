import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpChartFonts } from '../../src/charts/font-setup.ts';
import { loadConfig } from '../../src/config/load-config.ts';
import { openDatabase, type TakumiDatabase } from '../../src/data/database/open-database.ts';
import { ToolInputError, type ToolContext } from '../../src/tools/takumi-tool.ts';
import { createSyntheticShop } from '../support/synthetic-shop.ts';
import { makeTestDatabaseUrl } from '../support/test-database.ts';
import { describeClusterTool } from '../../src/tools/describe-cluster/describe-cluster-tool.ts';
import { draftCampaignTool } from '../../src/tools/draft-campaign/draft-campaign-tool.ts';
import { estimateRoiTool } from '../../src/tools/estimate-roi/estimate-roi-tool.ts';
import { predictBehaviorTool } from '../../src/tools/predict-behavior/predict-behavior-tool.ts';
import { runSegmentationTool } from '../../src/tools/run-segmentation/run-segmentation-tool.ts';

describe('analytics tools on a stored dataset (real engine, real SQLite, real charts)', () => {
  let directory: string;
  let database: TakumiDatabase;
  let context: ToolContext;
  let canaries: string[];
  const logged: string[] = [];
  const progress: string[] = [];

  beforeAll(async () => {
    directory = await mkdtemp(path.join(os.tmpdir(), 'takumi-tools-'));
    database = await openDatabase({ databaseUrl: await makeTestDatabaseUrl(directory) });
    ({ canaries } = await createSyntheticShop({ prisma: database.prisma, directory }));
    const config = { ...loadConfig(), home: directory };
    context = {
      prisma: database.prisma,
      config,
      defaultDataset: 'shop',
      language: 'ja',
      chartDirectory: path.join(directory, 'charts'),
      chartFonts: setUpChartFonts({ home: directory }),
      logger: { info: () => {}, warn: (message) => logged.push(message), error: (message) => logged.push(message) },
      onProgress: (step) => progress.push(`${step.label} ${step.done}/${step.total}`),
    };
  });

  afterAll(async () => {
    await database?.close();
    await rm(directory, { recursive: true, force: true });
  });

  it('run_segmentation returns segment figures in its summary, typed data and three PNG charts', async () => {
    const output = await runSegmentationTool.run(runSegmentationTool.schema.parse({}), context);
    expect(output.data.segments.length).toBeGreaterThanOrEqual(2);
    for (const segment of output.data.segments) expect(output.summary).toContain(`${segment.size} customers`);
    expect(output.summary).toMatch(/CLV: BG\/NBD/);
    expect(output.charts.map((chart) => chart.kind)).toEqual(['segment-sizes', 'theme-map', 'segment-value']);
    for (const chart of output.charts) {
      const png = await readFile(chart.path);
      expect(png.length).toBeGreaterThan(10_000);
      expect((await sharp(png).metadata()).format).toBe('png');
    }
    expect(progress).toContain('セグメンテーション実行中…（セグメント） 3/4');
    expect(logged).toEqual([]);
  });

  it('describe_cluster describes a segment and a theme, and names the valid range for a wrong id', async () => {
    const segment = await describeClusterTool.run({ kind: 'segment', id: 0 }, context);
    expect(segment.summary).toMatch(/S0.*customers/);
    expect(segment.summary).toMatch(/Over-indexes on: /);
    const theme = await describeClusterTool.run({ kind: 'theme', id: 0 }, context);
    expect(theme.summary).toMatch(/Theme T0 ".+" \(run \d+\): \d+ photos/);
    const error = await describeClusterTool
      .run({ kind: 'segment', id: 99 }, context)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ToolInputError);
    expect((error as Error).message).toMatch(/S99 does not exist; run \d+ has segments S0–S\d/);
  });

  it('predict_behavior reports cross-validated skill against the baseline, and a drivers chart', async () => {
    const output = await predictBehaviorTool.run({ target: 'responded' }, context);
    expect(output.data.auc).toBeGreaterThan(0.6);
    expect(output.summary).toContain(`AUC ${output.data.auc.toFixed(3)}`);
    expect(output.charts).toHaveLength(1);
    await expect(predictBehaviorTool.run({ target: 'churned' }, context)).rejects.toThrow(
      /no customer column "churned"/,
    );
  });

  it('estimate_roi ranks segments by ROI; the prediction ranks who to contact, never the response', async () => {
    const all = await estimateRoiTool.run({}, context);
    const rois = all.data.estimates.map((entry) => entry.estimate.base.roi);
    expect(rois).toEqual([...rois].sort((left, right) => right - left));
    expect(all.data.estimates[0]!.prediction).toMatchObject({ target: 'responded' });
    // The default incremental response (1/2/4 %) is used even though a prediction exists.
    expect(all.data.estimates[0]!.estimate.base.incrementalResponse).toBe(0.02);
    expect(all.summary).toMatch(/ranks who to contact .* not the incremental response/);
    const segmentation = await runSegmentationTool.run({}, context);
    const profile = segmentation.data.segments.find((segment) => segment.id === 0)!;
    const one = await estimateRoiTool.run(
      { segment: 0, costPerContact: 10, incrementalResponse: 0.1, grossMargin: 0.5 },
      context,
    );
    const estimate = one.data.estimates[0]!.estimate;
    // Hand check: per contact, 10 % × order value × 50 % margin against 10 cost → ROI = 0.005 · order − 1.
    const order = profile.meanRfm.monetary / profile.meanRfm.frequency;
    expect(estimate.base.roi).toBeCloseTo(0.005 * order - 1, 10);
    expect(estimate.base.cost).toBeCloseTo(10 * profile.size, 8);
    expect(all.charts).toHaveLength(1);
  });

  it('gives the same ROI for 「費用50万円」 in estimate_roi, draft_campaign and the meeting sentences', async () => {
    const costs = { segment: 1, totalCost: 500_000 };
    const roi = await estimateRoiTool.run(costs, context);
    const draft = await draftCampaignTool.run(costs, context);
    const fromRoi = roi.data.estimates[0]!.estimate.base.roi;
    expect(draft.data.campaign.estimate.base.roi).toBe(fromRoi);
    expect(draft.data.campaign.estimate.base.cost).toBe(500_000);
    const shown = `${fromRoi > 0 ? '+' : ''}${Math.round(fromRoi * 100).toLocaleString('en-US')}%`;
    expect(estimateRoiTool.present!(roi.data, 'ja')).toContain(`ROI ${shown}`);
    expect(draft.data.meetingPhrasing.join('')).toContain(`ROIは${shown}`);
    expect(draft.data.meetingPhrasing.join('')).toContain('500,000円');
    expect(Math.abs(fromRoi)).toBeLessThan(10);
  });

  it('presents results to people in their language, money in the dataset currency', async () => {
    const segmentation = await runSegmentationTool.run({}, context);
    expect(runSegmentationTool.present!(segmentation.data, 'ja')).toMatch(/人の顧客.*セグメントに分けました/);
    expect(runSegmentationTool.present!(segmentation.data, 'en')).toMatch(/^I grouped \d+ customers/);
    const roi = await estimateRoiTool.run({}, context);
    const japanese = estimateRoiTool.present!(roi.data, 'ja');
    expect(japanese).toMatch(/最もROIが高いのは/);
    expect(japanese).toMatch(/費用[\d,]+円に対して増分粗利-?[\d,]+円/);
    expect(japanese).toMatch(/粗利率40%（既定値/);
    expect(estimateRoiTool.present!(roi.data, 'en')).toMatch(
      /for ¥[\d,]+, ¥[\d,]+ per order on average; (break-even at|no response)/,
    );
  });

  it('never reuses a prediction made on another segmentation run (segment numbers change)', async () => {
    await runSegmentationTool.run({ segments: 2 }, context);
    const roi = await estimateRoiTool.run({}, context);
    expect(roi.data.estimates.every((entry) => entry.prediction === null)).toBe(true);
    await predictBehaviorTool.run({ target: 'responded' }, context);
    const again = await estimateRoiTool.run({}, context);
    expect(again.data.estimates.every((entry) => entry.prediction?.target === 'responded')).toBe(true);
  });

  it('draft_campaign writes a draft and 3–5 meeting sentences from its numbers in the asked language', async () => {
    const japanese = await draftCampaignTool.run({ segment: 1 }, context);
    expect(japanese.data.meetingPhrasing.length).toBeGreaterThanOrEqual(3);
    expect(japanese.data.meetingPhrasing.length).toBeLessThanOrEqual(5);
    expect(japanese.data.meetingPhrasing[0]).toMatch(/ROIは[+-]?[\d,]+%/);
    const english = await draftCampaignTool.run({ segment: 1, language: 'en', channel: 'line' }, context);
    expect(english.summary).toMatch(/Channel: LINE/);
    expect(english.data.meetingPhrasing[0]).toMatch(/gives an ROI of [+-]?[\d,]+% in the base case/);
  });

  it('never puts a customer id, name, e-mail or phone into a summary', async () => {
    const outputs = [
      await runSegmentationTool.run({}, context),
      await describeClusterTool.run({ kind: 'segment', id: 0 }, context),
      await estimateRoiTool.run({}, context),
      await draftCampaignTool.run({ segment: 0 }, context),
    ];
    for (const output of outputs) for (const canary of canaries) expect(output.summary).not.toContain(canary);
  });

  it('rejects invalid arguments through the zod schemas with the field named', () => {
    const result = runSegmentationTool.schema.safeParse({ segments: 40 });
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain('segments');
    expect(estimateRoiTool.schema.safeParse({ discountRate: 1.5 }).success).toBe(false);
  });
});
