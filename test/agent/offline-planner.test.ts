import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { answerQuestion, type AnswerResult } from '../../src/agent/answer-question.ts';
import type { ConversationTurn } from '../../src/agent/conversation-turn.ts';
import type { TakumiTool } from '../../src/tools/takumi-tool.ts';
import { createAgentTestDatabase, createRecordingLogger, type AgentTestDatabase } from './agent-test-database.ts';
import { listDatasetsTool } from '../../src/tools/list-datasets/list-datasets-tool.ts';

let testDatabase: AgentTestDatabase;
beforeAll(async () => {
  testDatabase = await createAgentTestDatabase();
  await testDatabase.seedDataset('spring-2026', [{ externalId: 'C001' }, { externalId: 'C002' }]);
});
afterAll(async () => {
  await testDatabase?.close();
});

type Output = { summary: string; data: Record<string, unknown> };

/** Small real tools with the analytics tools' input schemas (src/tools/*-tool.ts), answering canned aggregates. */
function standIn<Schema extends z.ZodObject>(
  name: string,
  schema: Schema,
  answer: (input: z.infer<Schema>) => Output,
): TakumiTool {
  return {
    name,
    description: `Test stand-in for ${name}.`,
    schema,
    run: async (input) => ({ ...answer(input as z.infer<Schema>), charts: [] }),
  } as TakumiTool;
}

const dataset = z.string().min(1).optional().describe('Dataset name.');
const runSegmentation = standIn(
  'run_segmentation',
  z.object({ dataset, segments: z.number().int().min(2).max(12).optional().describe('Number of segments.') }),
  () => ({
    summary: '3 segments. S0: 120 customers; S1: 80; S2: 40.',
    data: {
      groups: [
        { label: 'S0', size: 120, members: 'counted' as const },
        { label: 'S1', size: 80, members: 'counted' as const },
        { label: 'S2', size: 40, members: 'counted' as const },
      ],
    },
  }),
);
const describeCluster = standIn(
  'describe_cluster',
  z.object({
    dataset,
    kind: z.enum(['segment', 'theme']).describe('segment or theme'),
    id: z.number().int().min(0).describe('The segment or theme number.'),
  }),
  (input) => ({
    summary: `S${input.id} posts outdoor photos and buys twice a month.`,
    data: { groups: [{ label: `S${input.id}`, size: 40, members: 'counted' as const }] },
  }),
);
const predictBehavior = standIn(
  'predict_behavior',
  z.object({ dataset, target: z.string().min(1).describe('The 0/1 customer column to predict, e.g. "responded".') }),
  (input) => ({
    summary: `About 18% are likely to be "${input.target}" (AUC 0.74).`,
    data: { groups: [] },
  }),
);
const estimateRoi = standIn('estimate_roi', z.object({ dataset, segment: z.number().int().min(0).optional() }), () => ({
  summary: 'Ranked by base ROI: S2 180% (range 120% to 240%); S0 40%.',
  data: {
    groups: [
      { label: 'S2', size: 40, members: 'counted' as const },
      { label: 'S0', size: 120, members: 'counted' as const },
    ],
  },
}));
const phrasing = ['まずは小さなPoCでS2に絞ります。', '反応率は対照群と比べて測ります。', '効果が出たら広げます。'];
const draftCampaign = standIn(
  'draft_campaign',
  z.object({
    dataset,
    segment: z.number().int().min(0).describe('Segment number to target.'),
    language: z.enum(['ja', 'en']).optional(),
  }),
  (input) => ({
    summary: `Campaign draft for S${input.segment}: an outdoor gear bundle.`,
    data: {
      meetingPhrasing: phrasing,
      groups: [{ label: `S${input.segment}`, size: 40, members: 'counted' as const }],
    },
  }),
);
const analyticsTools = [
  listDatasetsTool,
  runSegmentation,
  describeCluster,
  predictBehavior,
  estimateRoi,
  draftCampaign,
];

async function ask(
  question: string,
  history: readonly ConversationTurn[] = [],
  tools: readonly TakumiTool[] = analyticsTools,
): Promise<AnswerResult> {
  return answerQuestion({
    question,
    history,
    tools,
    prisma: testDatabase.database.prisma,
    config: testDatabase.config({ OPENAI_API_KEY: '' }),
    logger: createRecordingLogger(),
  });
}

const calls = (result: AnswerResult) => result.toolCalls.map((call) => [call.name, call.arguments]);

describe('offline planner (no API key)', () => {
  it.each([
    ['ROIが出る顧客層はどこ？', ['run_segmentation', 'estimate_roi']],
    ['Which segment gives the best ROI?', ['run_segmentation', 'estimate_roi']],
    ['費用対効果を知りたい', ['run_segmentation', 'estimate_roi']],
    ['顧客層に分けて', ['run_segmentation']],
    ['Segment our customers', ['run_segmentation']],
    ['セグメント３の特徴を教えて', ['describe_cluster']],
    ['Describe segment 2', ['describe_cluster']],
    // Churn questions go to assess_churn_risk (test/agent/plan-analyses.test.ts); other 0/1 columns here.
    ['反応しそうな顧客を予測して', ['predict_behavior']],
    ['Predict who will respond', ['predict_behavior']],
    ['キャンペーン案を作って', ['run_segmentation', 'draft_campaign']],
    ['Draft a campaign', ['run_segmentation', 'draft_campaign']],
    ['どんなデータがありますか？', ['list_datasets']],
    ['What datasets do we have?', ['list_datasets']],
  ])('routes %s to %j', async (question, expected) => {
    const result = await ask(question);
    expect(result.mode).toBe('offline');
    expect(result.toolCalls.map((call) => call.name)).toEqual(expected);
    expect(result.toolCalls.every((call) => call.ok)).toBe(true);
  });

  it('starts every answer with the offline notice in the asker language and quotes the tool results', async () => {
    const japanese = await ask('ROIが出る顧客層はどこ？');
    expect(japanese.answer.split('\n')[0]).toBe('（LLMなしのオフラインモードで回答しています）');
    // The first ROI of the answer gets its one-clause explanation (explain-terms.ts).
    expect(japanese.answer).toContain('【ROI試算】\nRanked by base ROI（投資利益率');
    expect(japanese.answer).toContain(': S2 180% (range 120% to 240%); S0 40%.');
    const english = await ask('Which segment gives the best ROI?');
    expect(english.answer.split('\n')[0]).toBe('(Answering in offline mode, without an LLM.)');
    expect(english.answer).toContain('*The ROI estimate*');
  });

  it('fits arguments to each tool schema: segment numbers, segment counts, behaviors, language', async () => {
    expect(calls(await ask('セグメント３の特徴を教えて'))).toEqual([['describe_cluster', { kind: 'segment', id: 3 }]]);
    expect(calls(await ask('Tell me about S1'))).toEqual([['describe_cluster', { kind: 'segment', id: 1 }]]);
    expect(calls(await ask('4つのセグメントに分けて'))).toEqual([['run_segmentation', { segments: 4 }]]);
    expect(calls(await ask('Split our customers into 5 segments'))).toEqual([['run_segmentation', { segments: 5 }]]);
    expect(calls(await ask('購入しそうな顧客を予測して'))).toEqual([['predict_behavior', { target: 'purchased' }]]);
    expect(calls(await ask('Predict who is likely to respond'))).toEqual([
      ['predict_behavior', { target: 'responded' }],
    ]);
    expect(calls(await ask('Campaign for segment 1'))).toEqual([['draft_campaign', { segment: 1, language: 'en' }]]);
    const stringSegment = standIn('draft_campaign', z.object({ segmentId: z.string() }), (input) => ({
      summary: `Draft for ${input.segmentId}.`,
      data: {},
    }));
    expect(calls(await ask('Campaign for segment 4', [], [stringSegment]))).toEqual([
      ['draft_campaign', { segmentId: '4' }],
    ]);
  });

  it('resolves その層 / that segment to the last segment of the conversation', async () => {
    const first = await ask('セグメント2の特徴は？');
    const followUp = await ask('その層のキャンペーン案は？', first.history);
    expect(calls(followUp)).toEqual([['draft_campaign', { segment: 2, language: 'ja' }]]);
    expect(followUp.answer).toContain('Campaign draft for S2');

    const english = await ask('Draft a campaign for that segment', [
      { role: 'user', content: 'Which segment is most valuable?' },
      { role: 'assistant', content: 'S5 · hiking · frequent spends the most.' },
    ]);
    expect(calls(english)).toEqual([['draft_campaign', { segment: 5, language: 'en' }]]);
  });

  it('targets the first segment of the previous result when none is named, and says so', async () => {
    const result = await ask('ROIが出る層のキャンペーン案を作って');
    expect(calls(result)).toEqual([
      ['run_segmentation', {}],
      ['estimate_roi', {}],
      ['draft_campaign', { segment: 2, language: 'ja' }],
    ]);
    expect(result.answer).toContain('直前の結果で最初に挙がった S2 を対象にしました');
  });

  it('asks for a required field it cannot infer instead of running the tool', async () => {
    const result = await ask('来月の動きを予測して');
    expect(result.toolCalls).toEqual([]);
    expect(result.answer).toContain(
      '行動予測には次の指定が必要です: target（The 0/1 customer column to predict, e.g. "responded".）',
    );
  });

  it('gives meeting sentences: the tool’s own phrasing, or a 3–5 sentence template built on tool results', async () => {
    const first = await ask('セグメント2の特徴は？');
    // Like the real draft_campaign, but its summary does not list the phrasing, so the answer must.
    const terse: TakumiTool = {
      ...draftCampaign,
      run: async (input, context) => ({
        ...(await draftCampaign.run(input, context)),
        summary: 'Campaign draft for S2.',
      }),
    };
    const fromTool = await ask('明日の役員会議で使える言い方は？', first.history, [terse]);
    expect(calls(fromTool)).toEqual([['draft_campaign', { segment: 2, language: 'ja' }]]);
    expect(fromTool.answer).toContain(`会議でそのまま使える言い方:\n- ${phrasing.join('\n- ')}`);

    const plain = standIn('draft_campaign', z.object({ segment: z.number() }), (input) => ({
      summary: `S${input.segment} responds to outdoor offers. Second sentence.`,
      data: {},
    }));
    const template = await ask('明日の役員会議で使える言い方は？', first.history, [plain]);
    const sentences = template.answer.split('会議でそのまま使える言い方:\n')[1]!.split('\n');
    expect(sentences.length).toBeGreaterThanOrEqual(3);
    expect(sentences.length).toBeLessThanOrEqual(5);
    expect(sentences[0]).toBe('「Takumiの分析では、S2 responds to outdoor offers.」');
    expect(sentences[1]).toBe('「まずは小さなPoCで、セグメント2に絞った施策の反応を確かめます。」');
  });

  it('names a tool the plan needs but that is not registered, and still runs the rest', async () => {
    const withoutRoi = analyticsTools.filter((tool) => tool.name !== 'estimate_roi');
    const japanese = await ask('ROIが出る顧客層はどこ？', [], withoutRoi);
    expect(japanese.toolCalls.map((call) => call.name)).toEqual(['run_segmentation']);
    expect(japanese.answer).toContain(
      'この質問には estimate_roi ツールが必要ですが、このTakumiには登録されていません（使えるツール: list_datasets, run_segmentation, describe_cluster, predict_behavior, draft_campaign）',
    );
    const english = await ask('What is the ROI?', [], withoutRoi);
    expect(english.answer).toContain('This question needs the estimate_roi tool, which is not registered');
  });

  it('greets back and offers example questions when it recognises no analysis (no suggest_questions tool here)', async () => {
    const result = await ask('こんにちは');
    expect(result.toolCalls).toEqual([]);
    expect(result.answer).toContain('こんにちは、Takumiです。');
    expect(result.answer).toContain('「解約しそうな優良顧客は？」');
    expect(result.answer).not.toContain('登録されていません');
  });

  it('redacts personal data in tool texts of the offline answer too', async () => {
    const leaky = standIn('run_segmentation', z.object({}), () => ({
      summary: 'Segment 1 includes taro@example.com and customer C001.',
      data: {},
    }));
    const result = await ask('Segment our customers', [], [leaky]);
    expect(result.answer).toContain('Segment 1 includes [redacted:email] and [redacted:personal].');
  });

  it('passes the costs a question states to every tool that takes them, by their own argument names', async () => {
    const costSchema = z.object({
      dataset,
      segment: z.number().int().min(0).optional().describe('Segment number.'),
      totalCost: z.number().min(0).optional().describe('Total cost.'),
      budget: z.number().min(0).optional().describe('Budget.'),
      costPerContact: z.number().min(0).optional().describe('Cost per contact.'),
      discountRate: z.number().min(0).max(1).optional().describe('Discount.'),
      costCurrency: z.string().optional().describe('Currency of the amounts.'),
    });
    const answer = () => ({
      summary: 'ROI +10%.',
      data: { groups: [{ label: 'S2', size: 40, members: 'counted' as const }] },
    });
    const tools = [
      runSegmentation,
      standIn('estimate_roi', costSchema, answer),
      standIn('draft_campaign', costSchema, answer),
    ];
    const result = await ask('セグメント2にキャンペーンをやるべき？費用50万円', [], tools);
    expect(calls(result)).toEqual([
      ['run_segmentation', {}],
      ['estimate_roi', { segment: 2, totalCost: 500_000, costCurrency: 'JPY' }],
      ['draft_campaign', { segment: 2, totalCost: 500_000, costCurrency: 'JPY' }],
    ]);
    const english = await ask('ROI of segment 1 at $2 per contact with 15% off', [], tools);
    expect(calls(english)).toEqual([
      ['run_segmentation', {}],
      ['estimate_roi', { segment: 1, costPerContact: 2, discountRate: 0.15, costCurrency: 'USD' }],
    ]);
    const budgetOnly = await ask('予算30万で何ができる？', [], tools);
    expect(calls(budgetOnly)).toEqual([
      ['run_segmentation', {}],
      ['estimate_roi', { budget: 300_000 }],
    ]);
    // A tool that cannot take the currency never gets "$2,000" as if it were 2,000 in the dataset's currency.
    const { costCurrency: _currency, ...withoutCurrency } = costSchema.shape;
    const noCurrency = [runSegmentation, standIn('estimate_roi', z.object(withoutCurrency), answer)];
    expect(calls(await ask('$2,000の予算で15%割引したらROIは？', [], noCurrency))).toEqual([
      ['run_segmentation', {}],
      ['estimate_roi', { discountRate: 0.15 }],
    ]);
  });
});
