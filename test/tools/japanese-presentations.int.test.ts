import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.ts';
import { openDatabase, type TakumiDatabase } from '../../src/data/database/open-database.ts';
import type { EngineWarning, EngineWarningCode } from '../../src/engine/engine-warning.ts';
import { allTools } from '../../src/tools/all-tools.ts';
import type { RunSegmentationData } from '../../src/tools/run-segmentation/run-segmentation-tool.ts';
import { analysisNoteMessages } from '../../src/tools/shared/analysis-notes.ts';
import type { TakumiTool, ToolContext } from '../../src/tools/takumi-tool.ts';
import { englishRuns } from '../support/english-runs.ts';
import { internalNames } from '../support/internal-names.ts';
import { createSyntheticShop } from '../support/synthetic-shop.ts';
import { makeTestDatabaseUrl } from '../support/test-database.ts';

/** Calls that reach every branch of every tool's presentation (each tool must appear here). */
const calls: Record<string, Record<string, unknown>[]> = {
  list_datasets: [{}],
  run_segmentation: [{}, { segments: 2 }],
  describe_cluster: [
    { kind: 'segment', id: 0 },
    { kind: 'theme', id: 0 },
  ],
  compare_segments: [
    { first: 0, second: 1 },
    { kind: 'theme', first: 0, second: 1 },
    { first: 1, second: 0 },
  ],
  compare_theme_value: [{}, { measure: 'spend' }, { measure: 'behavior', behavior: 'responded' }, { topShare: 0.05 }],
  predict_behavior: [{ target: 'responded' }],
  assess_churn_risk: [{}, { segment: 0, periodMonths: 1 }],
  forecast_revenue: [{}, { periodMonths: 3 }],
  cohort_retention: [{}, { maxCohorts: 2, monthsAfter: 3 }],
  break_down_sales: [
    { by: 'month' },
    { by: 'week', measure: 'orders' },
    { by: 'responded', measure: 'customers' },
    { by: 'month', months: 3, measure: 'customers' },
  ],
  estimate_roi: [{}, { segment: 0, costPerContact: 10, responseRate: 0.1, valuePerResponder: 200 }, { fixedCost: 1e7 }],
  draft_campaign: [{ segment: 0 }, { segment: 1, channel: 'line', goal: 'upsell' }],
  simulate_what_if: [
    { segment: 0, discountRate: 0.2 },
    { budget: 300000 },
    { segment: 1, totalCost: 500000, grossMargin: 0.3, measuredLift: 0.03 },
    { segment: 0, incentivePerRedeemer: 500, incrementalResponse: 0.05 },
  ],
  design_ab_test: [{}, { segment: 0, minimumDetectableLift: 0.3 }, { segment: 1, baselineRate: 0.2, power: 0.9 }],
  read_ab_test: [
    { controlSize: 2000, controlConversions: 120, treatmentSize: 2000, treatmentConversions: 156 },
    { controlSize: 2000, controlConversions: 156, treatmentSize: 2000, treatmentConversions: 120 },
    { controlSize: 2000, controlConversions: 120, treatmentSize: 2000, treatmentConversions: 130 },
    { controlSize: 100000, controlConversions: 6000, treatmentSize: 100000, treatmentConversions: 6010 },
    { controlSize: 30, controlConversions: 1, treatmentSize: 30, treatmentConversions: 3 },
  ],
  export_audience: [{ segment: 0 }, { columns: ['region', 'no_such_column'] }],
  explain_term: [{ term: 'CLVって何？' }, { term: 'AUCとp値' }, { term: 'BG/NBD' }],
  suggest_questions: [
    { question: 'xyz' },
    { question: '割引したい', segment: 0, discountRate: 0.2, budget: 300000, periodMonths: 6 },
  ],
};

/** One sample warning per engine code, so every note's Japanese text is checked. */
function everyWarning(): EngineWarning[] {
  const params: { [Code in EngineWarningCode]: EngineWarning['params'] } = {
    PCA_CONSTANT_DATA: {},
    PCA_LOW_RANK: {},
    CONSTANT_COLUMNS: { count: 2, columns: 'photo_count, frequency' },
    KMEANS_NOT_CONVERGED: { iterations: 300 },
    KMEANS_EMPTY_RESEEDED: { count: 1 },
    KMEANS_FEW_DISTINCT_ROWS: { nonEmpty: 2, k: 3 },
    MAX_K_LOWERED: { requested: 10, used: 4, rows: 12 },
    SMALL_GROUP_MERGED: { size: 19, minimum: 20 },
    CUSTOMERS_WITHOUT_PURCHASE: { count: 3 },
    SPEND_MEAN_INFINITE: { q: 0.8 },
    SPEND_FREQUENCY_CORRELATED: { correlation: 0.4 },
    SPEND_ZERO_EXCLUDED: { count: 1 },
    DROPOUT_WEAK_PRIOR: {},
    OPTIMIZER_NOT_CONVERGED: { model: 'BG/NBD', iterations: 500 },
    PHOTOS_WITHOUT_EMBEDDING: { count: 4 },
    TOO_FEW_PHOTOS_FOR_THEMES: {},
    LIFETIME_VALUE_NOT_ESTIMATED: { reason: 'CLV_NOT_IDENTIFIABLE' },
    COHORTS_MERGED: { first: '2025-12', last: '2026-01', minimum: 20 },
    COHORTS_FOLDED: { months: 4, through: '2025-03' },
    COHORT_LAST_MONTH_PARTIAL: { month: '2026-06', lastDate: '2026-06-29' },
    STORED_TEXT: {},
  };
  expect(Object.keys(params).sort()).toEqual(Object.keys(analysisNoteMessages).sort());
  return Object.entries(params).map(
    ([code, value], index) =>
      ({ code, params: value, message: `English text ${code}`, ...(index % 2 ? { k: 3 } : {}) }) as EngineWarning,
  );
}

describe('every tool presented in Japanese (real engine, real SQLite)', () => {
  let directory: string;
  let database: TakumiDatabase;
  let context: ToolContext;
  /** Names and labels that are data, not sentences: datasets, theme names, photo labels, columns. */
  const allowed: string[] = ['shop', 'responded', 'BG/NBD', 'LINE'];

  beforeAll(async () => {
    directory = await mkdtemp(path.join(os.tmpdir(), 'takumi-japanese-'));
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

  async function presentations(
    tool: TakumiTool,
    language: 'ja' | 'en' = 'ja',
  ): Promise<{ ja: string; en: string; data: unknown }[]> {
    const inputs = calls[tool.name];
    expect(inputs, `add example calls for ${tool.name} to this test`).toBeDefined();
    const shown = [];
    for (const input of inputs!) {
      const output = await tool.run(tool.schema.parse(input), { ...context, language });
      expect(tool.present, `${tool.name} has a presentation`).toBeDefined();
      shown.push({ ja: tool.present!(output.data, 'ja'), en: tool.present!(output.data, 'en'), data: output.data });
    }
    return shown;
  }

  it('has no run of five or more English words outside names and labels, for every tool and branch', async () => {
    let englishRunsInEnglish = 0;
    for (const tool of allTools) {
      for (const { ja, en, data } of await presentations(tool)) {
        if (tool.name === 'run_segmentation') {
          for (const theme of (data as RunSegmentationData).themes) {
            allowed.push(theme.name, ...theme.labels.map((label) => label.label));
          }
        }
        expect(englishRuns(ja, allowed), `${tool.name} in Japanese:\n${ja}`).toEqual([]);
        englishRunsInEnglish += englishRuns(en, allowed).length;
      }
    }
    // The check can fail: the same results in English are full of such runs.
    expect(englishRunsInEnglish).toBeGreaterThan(10);
    expect(englishRuns('注記: A group of 19 customers (below 20) was merged。', allowed)).toEqual([
      'A group of 19 customers (below 20) was merged',
    ]);
    expect(englishRuns('T3「golden retriever」が多い層です。ROI 120%（幅 80%〜150%）。', allowed)).toEqual([]);
  });

  it('names no internal id, column, score or doubled word in Japanese or English, for every tool and branch', async () => {
    const found: string[] = [];
    for (const tool of allTools) {
      for (const language of ['ja', 'en'] as const) {
        // Each language from a run asked in that language: drafts are written in the asker's language.
        for (const shown of await presentations(tool, language)) {
          found.push(...internalNames(shown[language], allowed).map((name) => `${tool.name} (${language}) ${name}`));
        }
      }
    }
    expect(found).toEqual([]);
    // The check can fail: each kind of internal name is caught.
    expect(
      internalNames(
        '主な要因: T3、recency days、photos per month、S0: 12人、購買（RFMスコア R3・F3.1）、「容器の写真」の写真',
        [],
      ),
    ).toHaveLength(8);
    expect(internalNames('犬の写真が多い層（S2）と写真テーマ「犬の写真」［T3］、theme_3_share', [])).toEqual([
      'snake_case column name: theme_3_share',
    ]);
  });

  it('translates every engine warning when a segmentation is presented in Japanese', async () => {
    const tool = allTools.find((candidate) => candidate.name === 'run_segmentation')!;
    const output = await tool.run(tool.schema.parse({}), context);
    const data = { ...(output.data as RunSegmentationData), warnings: everyWarning() };
    const themes = data.themes.flatMap((theme) => [theme.name, ...theme.labels.map((label) => label.label)]);
    const japanese = tool.present!(data, 'ja');
    expect(japanese).toContain('19人のグループは最小人数（20人）未満のため、近いセグメントに統合しました。');
    expect(japanese).not.toContain('English text');
    expect(englishRuns(japanese, [...allowed, ...themes])).toEqual([]);
    expect(englishRuns(tool.present!(data, 'en'), themes).length).toBeGreaterThan(0);
  });
});
