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

  it('estimate_roi ranks segments by ROI using the predicted rates, and computes one segment as asked', async () => {
    const all = await estimateRoiTool.run({}, context);
    const rois = all.data.estimates.map((estimate) => estimate.roi.base.roi);
    expect(rois).toEqual([...rois].sort((left, right) => right - left));
    expect(all.data.estimates[0]!.responseSource).toMatchObject({ kind: 'predicted', target: 'responded' });
    expect(all.summary).toMatch(/Response: the predicted "responded" rate/);
    const one = await estimateRoiTool.run(
      { segment: 0, costPerContact: 10, responseRate: 0.1, valuePerResponder: 200 },
      context,
    );
    const estimate = one.data.estimates[0]!;
    // Hand check: reach × 10 % × 200 revenue against reach × 10 cost → ROI (20·reach − 10·reach) / 10·reach = 1.
    expect(estimate.roi.base.roi).toBeCloseTo(1, 10);
    expect(one.summary).toContain('ROI 100%');
    expect(all.charts).toHaveLength(1);
  });

  it('presents results to people in their language', async () => {
    const segmentation = await runSegmentationTool.run({}, context);
    expect(runSegmentationTool.present!(segmentation.data, 'ja')).toMatch(/人の顧客.*セグメントに分けました/);
    expect(runSegmentationTool.present!(segmentation.data, 'en')).toMatch(/^I grouped \d+ customers/);
    const roi = await estimateRoiTool.run({}, context);
    expect(estimateRoiTool.present!(roi.data, 'ja')).toMatch(/ROIが最も高いのは S\d/);
  });

  it('never reuses a prediction made on another segmentation run (segment numbers change)', async () => {
    await runSegmentationTool.run({ segments: 2 }, context);
    const roi = await estimateRoiTool.run({}, context);
    expect(roi.data.estimates.every((estimate) => estimate.responseSource.kind === 'assumed')).toBe(true);
    await predictBehaviorTool.run({ target: 'responded' }, context);
    const again = await estimateRoiTool.run({}, context);
    expect(again.data.estimates.every((estimate) => estimate.responseSource.kind === 'predicted')).toBe(true);
  });

  it('draft_campaign writes a draft and 3–5 meeting sentences in the asked language', async () => {
    const japanese = await draftCampaignTool.run({ segment: 1 }, context);
    expect(japanese.data.meetingPhrasing.length).toBeGreaterThanOrEqual(3);
    expect(japanese.data.meetingPhrasing.length).toBeLessThanOrEqual(5);
    expect(japanese.data.meetingPhrasing[0]).toMatch(/^まずは小さなPoCで/);
    const english = await draftCampaignTool.run({ segment: 1, language: 'en', channel: 'line' }, context);
    expect(english.summary).toMatch(/Channel: LINE/);
    expect(english.data.meetingPhrasing[0]).toMatch(/^Let's start with a small proof of concept/);
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
    expect(estimateRoiTool.schema.safeParse({ responseRate: 1.5 }).success).toBe(false);
  });
});
