import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseShare } from '../../../src/cli/import-command.ts';
import { loadConfig } from '../../../src/config/load-config.ts';
import { openDatabase, type TakumiDatabase } from '../../../src/data/database/open-database.ts';
import { importDataset } from '../../../src/data/ingest/import-dataset.ts';
import type { EstimateRoiData } from '../../../src/tools/estimate-roi/result.ts';
import { estimateRoiTool } from '../../../src/tools/estimate-roi/estimate-roi-tool.ts';
import type { ToolContext } from '../../../src/tools/takumi-tool.ts';
import { createSyntheticShop } from '../../support/synthetic-shop.ts';
import { makeTestDatabaseUrl } from '../../support/test-database.ts';

describe('gross margin per dataset', () => {
  let directory: string;
  let database: TakumiDatabase;
  let context: ToolContext;

  beforeAll(async () => {
    directory = await mkdtemp(path.join(os.tmpdir(), 'takumi-margin-'));
    database = await openDatabase({ databaseUrl: await makeTestDatabaseUrl(directory) });
    await createSyntheticShop({ prisma: database.prisma, directory });
    context = {
      prisma: database.prisma,
      config: { ...loadConfig(), home: directory },
      defaultDataset: 'shop',
      language: 'ja',
      chartDirectory: path.join(directory, 'charts'),
      chartFonts: null,
      logger: { info: () => {}, warn: () => {}, error: () => {} },
    };
  });

  afterAll(async () => {
    await database?.close();
    await rm(directory, { recursive: true, force: true });
  });

  const margin = (data: EstimateRoiData) => {
    const base = data.estimates[0]!.estimate.base;
    return base.incrementalMargin / base.incrementalRevenue;
  };

  it('uses 40 % by default, the dataset’s stored margin when set, and the question’s above both, saying which', async () => {
    const before = await estimateRoiTool.run({ segment: 0 }, context);
    expect(margin(before.data as EstimateRoiData)).toBeCloseTo(0.4, 12);
    expect(estimateRoiTool.present!(before.data, 'ja')).toContain('粗利率40%（既定値');

    await database.prisma.dataset.update({ where: { name: 'shop' }, data: { grossMargin: 0.25 } });
    const stored = await estimateRoiTool.run({ segment: 0 }, context);
    const data = stored.data as EstimateRoiData;
    // Hand check: margin = revenue × 0.25, ROI = (margin − cost) / cost.
    const base = data.estimates[0]!.estimate.base;
    expect(base.incrementalMargin).toBeCloseTo(base.incrementalRevenue * 0.25, 9);
    expect(base.roi).toBeCloseTo((base.incrementalMargin - base.cost) / base.cost, 12);
    expect(estimateRoiTool.present!(data, 'ja')).toContain('粗利率25%（このデータセットの設定');
    expect(estimateRoiTool.present!(data, 'en')).toContain("gross margin 25% (this dataset's setting");

    const asked = await estimateRoiTool.run({ segment: 0, grossMargin: 0.3 }, context);
    expect(margin(asked.data as EstimateRoiData)).toBeCloseTo(0.3, 12);
    expect(estimateRoiTool.present!(asked.data, 'ja')).toContain('粗利率30%（指定）');
  });

  it('is set at import with --gross-margin, refused outside 0–100 %', async () => {
    expect(parseShare('35%')).toBeCloseTo(0.35, 12);
    expect(parseShare('０.３５')).toBeCloseTo(0.35, 12);
    expect(parseShare('0.35')).toBeCloseTo(0.35, 12);
    for (const bad of ['0', '100%', '1.5', 'abc', '-10%']) expect(parseShare(bad)).toBeNull();
    await expect(
      importDataset({ prisma: database.prisma, datasetName: 'shop', grossMargin: 1.2, photos: directory }),
    ).rejects.toMatchObject({ code: 'GROSS_MARGIN_INVALID' });
  });
});
