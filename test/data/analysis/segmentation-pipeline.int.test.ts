import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSegmentationRun } from '../../../src/data/analysis/load-segmentation-run.ts';
import { runBehaviorPrediction } from '../../../src/data/analysis/run-behavior-prediction.ts';
import { runSegmentationAnalysis } from '../../../src/data/analysis/run-segmentation-analysis.ts';
import { openDatabase, type TakumiDatabase } from '../../../src/data/database/open-database.ts';
import { adjustedRandIndex } from '../../../src/engine/clustering/adjusted-rand-index.ts';
import { createSyntheticShop } from '../../support/synthetic-shop.ts';
import { makeTestDatabaseUrl } from '../../support/test-database.ts';

/** The stored pipeline (import → themes → features → CLV → segments → prediction) on real SQLite. */
describe('segmentation and prediction runs on a stored dataset', () => {
  let directory: string;
  let database: TakumiDatabase;
  let truth: Map<string, number>;

  beforeAll(async () => {
    directory = await mkdtemp(path.join(os.tmpdir(), 'takumi-pipeline-'));
    database = await openDatabase({ databaseUrl: await makeTestDatabaseUrl(directory) });
    ({ truth } = await createSyntheticShop({ prisma: database.prisma, directory }));
  });

  afterAll(async () => {
    await database?.close();
    await rm(directory, { recursive: true, force: true });
  });

  it('stores a segmentation run that finds the planted groups and reads back identically', async () => {
    const steps: string[] = [];
    const analysis = await runSegmentationAnalysis({
      prisma: database.prisma,
      datasetName: 'shop',
      options: { themes: { minK: 2, maxK: 6, components: 8 }, segments: { minSegmentSize: 20 } },
      onStep: (step) => steps.push(`${step.label} ${step.done}/${step.total}`),
    });
    expect(steps).toEqual(['loading 0/4', 'themes 1/4', 'features 2/4', 'segments 3/4', 'done 4/4']);
    expect(analysis.warnings.filter((warning) => /not estimated|Too few/.test(warning.message))).toEqual([]);
    expect(analysis.themes).toHaveLength(3);
    expect(analysis.segments.length).toBeGreaterThanOrEqual(3);
    expect(analysis.segments.every((segment) => segment.size >= 20)).toBe(true);
    expect(analysis.lifetimeValue?.purchaseModel.r).toBeGreaterThan(0);
    expect(
      analysis.segments.every((segment) => segment.meanLifetimeValue !== null && segment.meanLifetimeValue > 0),
    ).toBe(true);

    const loaded = await loadSegmentationRun(database.prisma, 'shop');
    expect(loaded.analysis.runId).toBe(analysis.runId);
    expect(loaded.analysis.segments).toEqual(analysis.segments);
    const customers = await database.prisma.customer.findMany({ select: { id: true, externalId: true } });
    const truthLabels = customers.map((customer) => truth.get(customer.externalId)!);
    const found = customers.map((customer) => loaded.assignments.segmentByCustomer.get(customer.id)!);
    // Segments may split a planted group (e.g. by how much its customers buy) but should not mix
    // groups: each segment's majority group covers most of it. Chance level is about 0.4 here.
    const purity =
      [...new Set(found)].reduce((total, segment) => {
        const members = truthLabels.filter((_, index) => found[index] === segment);
        return total + Math.max(...[0, 1, 2].map((group) => members.filter((label) => label === group).length));
      }, 0) / customers.length;
    expect(purity).toBeGreaterThan(0.85);
    expect(adjustedRandIndex(truthLabels, found)).toBeGreaterThan(0.5);
    // Aggregates only: nothing personal in what a tool would describe.
    expect(JSON.stringify(loaded.analysis)).not.toMatch(/canary/i);
  });

  it('finds the same themes from stored reduced vectors when the photos exceed the in-memory limit', async () => {
    const themeOptions = { minK: 2, maxK: 6, components: 8 };
    const inMemory = await runSegmentationAnalysis({
      prisma: database.prisma,
      datasetName: 'shop',
      options: { themes: themeOptions, segments: { minSegmentSize: 20 }, reuse: false },
    });
    const inDatabase = await runSegmentationAnalysis({
      prisma: database.prisma,
      datasetName: 'shop',
      options: { themes: themeOptions, segments: { minSegmentSize: 20 }, reuse: false, themesInMemoryLimit: 0 },
    });
    expect(await database.prisma.embeddingReduction.count()).toBeGreaterThan(0);
    expect(inDatabase.themes).toHaveLength(inMemory.themes.length);
    const total = inMemory.themes.reduce((sum, theme) => sum + theme.size, 0);
    expect(inDatabase.themes.reduce((sum, theme) => sum + theme.size, 0)).toBe(total);
    inDatabase.themes.forEach((theme, index) =>
      expect(Math.abs(theme.size - inMemory.themes[index]!.size)).toBeLessThanOrEqual(0.05 * total),
    );
    expect(inDatabase.themes.map((theme) => theme.title)).toEqual(inMemory.themes.map((theme) => theme.title));
  });

  it('predicts a 0/1 column from the run, beating the majority baseline', async () => {
    const prediction = await runBehaviorPrediction({
      prisma: database.prisma,
      datasetName: 'shop',
      target: 'responded',
    });
    expect(prediction.customers).toBe(240);
    expect(prediction.auc).toBeGreaterThan(0.65);
    expect(prediction.bySegment.length).toBeGreaterThanOrEqual(3);
    expect(prediction.drivers.length).toBeGreaterThan(0);
  });

  it('names the columns that exist when the target is unknown', async () => {
    await expect(
      runBehaviorPrediction({ prisma: database.prisma, datasetName: 'shop', target: 'churned' }),
    ).rejects.toThrow(
      /no customer column "churned"\. Columns \(quoted as written in the file\): "name", "email", "phone", "responded"/,
    );
  });

  it('says to segment first when a dataset has no run, and lists datasets when the name is wrong', async () => {
    await expect(loadSegmentationRun(database.prisma, 'nope')).rejects.toMatchObject({
      code: 'SEGMENTATION_NOT_FOUND',
    });
    await expect(runSegmentationAnalysis({ prisma: database.prisma, datasetName: 'nope' })).rejects.toThrow(
      /no dataset named "nope"\. Datasets: "shop"/,
    );
  });
});
