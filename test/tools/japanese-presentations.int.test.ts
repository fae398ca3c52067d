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
import { ToolInputError, toolInputErrorCodes, type TakumiTool, type ToolContext } from '../../src/tools/takumi-tool.ts';
import { englishRuns } from '../support/english-runs.ts';
import { internalNames } from '../support/internal-names.ts';
import { createSyntheticShop } from '../support/synthetic-shop.ts';
import { makeTestDatabaseUrl } from '../support/test-database.ts';
import { toolInputThrowSites } from '../support/tool-input-throw-sites.ts';

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

type ToolInputErrorCode = (typeof toolInputErrorCodes)[number];
type Refusal = { tool: string; input: Record<string, unknown>; context?: Partial<ToolContext> };

/** Calls each tool refuses with a ToolInputError, at least one per code (the test fails for a code with none). */
const refusals: Partial<Record<ToolInputErrorCode, Refusal[]>> = {
  // A second dataset is added for this one, and no default dataset given.
  TOOL_DATASET_REQUIRED: [{ tool: 'estimate_roi', input: {}, context: { defaultDataset: null } }],
  TOOL_DATASET_UNKNOWN: [
    { tool: 'list_datasets', input: { name: 'nope' } },
    { tool: 'cohort_retention', input: { dataset: 'nope' } },
    // Every tool resolves its dataset through resolveDatasetName: a call's name and a default alike.
    { tool: 'forecast_revenue', input: { dataset: 'nope' } },
    { tool: 'estimate_roi', input: {}, context: { defaultDataset: 'nope' } },
  ],
  TOOL_BREAKDOWN_COLUMN_UNKNOWN: [{ tool: 'break_down_sales', input: { by: 'no_such_column' } }],
  TOOL_BREAKDOWN_COLUMN_PERSONAL: [{ tool: 'break_down_sales', input: { by: 'email' } }],
  TOOL_ROI_NO_COST: [
    { tool: 'estimate_roi', input: { costPerContact: 0 } },
    { tool: 'simulate_what_if', input: { segment: 0, costPerContact: 0 } },
  ],
  TOOL_SEGMENT_UNKNOWN: [
    { tool: 'estimate_roi', input: { segment: 99 } },
    { tool: 'simulate_what_if', input: { segment: 99 } },
    { tool: 'export_audience', input: { segment: 99 } },
    { tool: 'assess_churn_risk', input: { segment: 99 } },
    { tool: 'design_ab_test', input: { segment: 99 } },
    { tool: 'draft_campaign', input: { segment: 99 } },
    { tool: 'describe_cluster', input: { kind: 'segment' } },
    { tool: 'describe_cluster', input: { kind: 'segment', id: 99 } },
    { tool: 'compare_segments', input: { first: 0, second: 'dog people' } },
  ],
  TOOL_TERM_UNKNOWN: [{ tool: 'explain_term', input: { term: 'xyzzy' } }],
  TOOL_THEME_UNKNOWN: [
    { tool: 'describe_cluster', input: { kind: 'theme', themeName: '宇宙船' } },
    { tool: 'describe_cluster', input: { kind: 'theme' } },
    { tool: 'describe_cluster', input: { kind: 'theme', id: 99 } },
    { tool: 'compare_segments', input: { kind: 'theme', first: 0, second: 99 } },
    { tool: 'compare_segments', input: { kind: 'theme', first: 0, second: '宇宙船' } },
  ],
  TOOL_AB_COUNTS_INVALID: [
    {
      tool: 'read_ab_test',
      input: { controlSize: 10, controlConversions: 20, treatmentSize: 10, treatmentConversions: 1 },
    },
  ],
  TOOL_AB_COUNTS_REQUIRED: [{ tool: 'read_ab_test', input: { controlSize: 10 } }],
  TOOL_AB_LIFT_TOO_LARGE: [{ tool: 'design_ab_test', input: { baselineRate: 0.9, minimumDetectableLift: 0.2 } }],
  TOOL_COMPARE_SAME_GROUP: [{ tool: 'compare_segments', input: { first: 0, second: 0 } }],
  TOOL_COST_CURRENCY_MISMATCH: [{ tool: 'estimate_roi', input: { costPerContact: 10, costCurrency: 'USD' } }],
  TOOL_BEHAVIOR_COLUMN_UNKNOWN: [
    { tool: 'compare_theme_value', input: { measure: 'behavior', behavior: 'no_such_column' } },
  ],
  PREDICTION_TARGET_UNKNOWN: [{ tool: 'predict_behavior', input: { target: 'no_such_column' } }],
};

/** Codes no call on the synthetic shop reaches, with why; their throw sites are checked in test/lint. */
const unreachable: Partial<Record<ToolInputErrorCode, string>> = {
  OUTLOOK_NO_MODEL: 'needs a dataset with too few repeat purchases for a CLV model',
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

  it("refuses bad arguments in the reader's own words, for every ToolInputError code", async () => {
    const sites = toolInputThrowSites();
    for (const code of toolInputErrorCodes) {
      const reason = unreachable[code];
      if (reason === undefined)
        expect(refusals[code]?.length ?? 0, `add a refused call for ${code}`).toBeGreaterThan(0);
      else if (reason === 'nothing throws it yet')
        expect(
          sites.filter((site) => site.code === code),
          `${code} is thrown now: add a refused call`,
        ).toEqual([]);
      else expect(refusals[code], `${code} is listed as unreachable`).toBeUndefined();
    }
    const segmentation = allTools.find((candidate) => candidate.name === 'run_segmentation')!;
    const { themes } = (await segmentation.run({}, context)).data as RunSegmentationData;
    const names = [...allowed, 'nope', 'xyzzy', 'spare', 'no_such_column', 'email', 'dog people', 'USD'];
    for (const theme of themes) names.push(theme.name, ...theme.labels.map((label) => label.label));
    const spare = await database.prisma.dataset.create({ data: { name: 'spare' } });
    const problems: string[] = [];
    try {
      for (const [code, calls] of Object.entries(refusals))
        for (const { tool: name, input, context: overrides } of calls!) {
          const tool = allTools.find((candidate) => candidate.name === name)!;
          const shown: Record<'ja' | 'en', string> = { ja: '', en: '' };
          for (const language of ['ja', 'en'] as const) {
            const error = await tool.run(tool.schema.parse(input), { ...context, ...overrides, language }).then(
              () => null,
              (thrown: unknown) => thrown,
            );
            const call = `${name} ${JSON.stringify(input)} (${language})`;
            if (!(error instanceof ToolInputError) || error.code !== code) {
              problems.push(`${call}: expected ${code}, got ${String(error)}`);
              continue;
            }
            shown[language] = error.readerMessage;
            if (error.readerMessage === error.message) problems.push(`${call}: the model's message`);
            problems.push(...internalNames(error.readerMessage, names).map((found) => `${call}: ${found}`));
          }
          problems.push(...englishRuns(shown.ja, names).map((run) => `${name} ${JSON.stringify(input)} (ja): ${run}`));
          if (shown.ja === shown.en) problems.push(`${name} ${JSON.stringify(input)}: one text for both languages`);
        }
    } finally {
      await database.prisma.dataset.delete({ where: { id: spare.id } });
    }
    expect(problems).toEqual([]);
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
