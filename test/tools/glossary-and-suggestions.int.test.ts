import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/agent/answer-question.ts';
import { loadConfig, type TakumiConfig } from '../../src/config/load-config.ts';
import { openDatabase, type TakumiDatabase } from '../../src/data/database/open-database.ts';
import { allTools } from '../../src/tools/all-tools.ts';
import { explainTermTool, type ExplainTermData } from '../../src/tools/explain-term/explain-term-tool.ts';
import { runSegmentationTool } from '../../src/tools/run-segmentation/run-segmentation-tool.ts';
import {
  suggestQuestionsTool,
  type SuggestQuestionsData,
} from '../../src/tools/suggest-questions/suggest-questions-tool.ts';
import type { ToolContext } from '../../src/tools/takumi-tool.ts';
import { startFakeOpenAiServer, type FakeOpenAiServer } from '../support/fake-openai-server.ts';
import { createSyntheticShop } from '../support/synthetic-shop.ts';

const logger = { info: () => {}, warn: () => {}, error: () => {} };

describe('explain_term and suggest_questions on a stored shop (planner and agent)', () => {
  let directory: string;
  let database: TakumiDatabase;
  let server: FakeOpenAiServer;
  let config: TakumiConfig;
  let customers: number;
  const contextFor = (): ToolContext => ({
    prisma: database.prisma,
    config,
    defaultDataset: 'shop',
    language: 'ja',
    chartDirectory: path.join(directory, 'charts'),
    chartFonts: null,
    logger,
  });
  const ask = (question: string) =>
    answerQuestion({ question, tools: allTools, prisma: database.prisma, config, logger, chartFonts: null });

  beforeAll(async () => {
    directory = await mkdtemp(path.join(os.tmpdir(), 'takumi-glossary-'));
    database = await openDatabase({ databaseUrl: `file:${path.join(directory, 'takumi.db')}` });
    await createSyntheticShop({ prisma: database.prisma, directory });
    customers = await database.prisma.customer.count();
    server = await startFakeOpenAiServer();
    config = loadConfig({ ...process.env, OPENAI_API_KEY: '', TAKUMI_HOME: directory });
  }, 120_000);

  afterAll(async () => {
    await server?.close();
    await database?.close();
    await rm(directory, { recursive: true, force: true });
  });

  it('offers the closest questions with the dataset’s own count before any segmentation', async () => {
    const output = await suggestQuestionsTool.run({ question: '写真で顧客をグループにしたい' }, contextFor());
    expect(output.data.suggestions[0]!.capability).toBe('segmentation');
    expect(output.data.suggestions[0]!.question.ja).toBe(
      `「顧客${customers}人を写真と購入の傾向でセグメントに分けて」`,
    );
    expect(output.data.suggestions).toHaveLength(3);
  });

  it('answers 「CLVって何？」, 「ありがとう」 and an unmapped question offline, in the asker’s language', async () => {
    const clv = await ask('CLVって何？');
    expect(clv.toolCalls.map((call) => [call.name, call.ok])).toEqual([['explain_term', true]]);
    expect(clv.answer).toContain('ひとりのお客様がこれから（Takumiでは12か月間）もたらすと見込まれる売上の合計です。');
    const auc = await ask('What does AUC mean?');
    expect(auc.answer).toContain('A score for how well a prediction tells the people');
    const thanks = await ask('ありがとう');
    expect(thanks.toolCalls).toEqual([]);
    expect(thanks.answer).toContain('どういたしまして。');
    const hello = await ask('こんにちは');
    expect(hello.toolCalls.map((call) => call.name)).toEqual(['suggest_questions']);
    expect(hello.answer).toContain('こんにちは、Takumiです。');
    expect(hello.answer).not.toContain('質問の意図を読み取れませんでした');

    await runSegmentationTool.run({}, contextFor());
    const unmapped = await ask('今後6か月で犬好きのお客さんを増やすには？');
    expect(unmapped.toolCalls.map((call) => [call.name, call.arguments])).toEqual([
      ['suggest_questions', { question: '今後6か月で犬好きのお客さんを増やすには？', periodMonths: 6 }],
    ]);
    const data = unmapped.toolCalls[0]!.data as SuggestQuestionsData;
    expect(unmapped.answer).toContain('その質問にそのままお答えできる分析はまだありません。');
    expect(unmapped.answer).toContain('「今後6か月の売上はどのくらいになりそう？」');
    // After a segmentation the examples name a real segment by its name, id only in brackets.
    const named = data.suggestions.map((suggestion) => suggestion.question.ja).join('\n');
    expect(named).toMatch(/（S\d+）/u);
    expect(named).not.toMatch(/「S\d/u);
    for (const suggestion of data.suggestions) expect(unmapped.answer).toContain(suggestion.question.ja);

    // In a thread about a segment, an unmapped question gets suggestions about that segment, by name.
    const history = [
      { role: 'user' as const, content: 'セグメント1の特徴は？' },
      {
        role: 'assistant' as const,
        content: '…',
        toolResults: [{ name: 'describe_cluster', arguments: { kind: 'segment', id: 1 }, summary: '…', ok: true }],
      },
    ];
    const followUp = await answerQuestion({
      question: 'この人たちにもっと買ってもらうには？',
      history,
      tools: allTools,
      prisma: database.prisma,
      config,
      logger,
      chartFonts: null,
    });
    expect(followUp.toolCalls.map((call) => [call.name, (call.arguments as { segment?: number }).segment])).toEqual([
      ['suggest_questions', 1],
    ]);
    const aboutOne = (followUp.toolCalls[0]!.data as SuggestQuestionsData).suggestions;
    expect(aboutOne.some((suggestion) => suggestion.question.ja.includes('（S1）'))).toBe(true);
    expect(followUp.answer).not.toContain('質問の意図を読み取れませんでした');
    const english = await ask('How do we get people to come back more often?');
    expect(english.answer).toContain('The closest things I can answer:');
    expect(english.answer).not.toContain('I could not tell what you are asking');
  }, 120_000);

  it('lets the model call explain_term and suggest_questions with schema-valid arguments and use their text', async () => {
    server.enqueue(
      { toolCalls: [{ name: 'explain_term', arguments: { term: 'CLV' } }] },
      { toolCalls: [{ name: 'suggest_questions', arguments: { question: 'CLVって何？', discountRate: 0.2 } }] },
      (request) => {
        const texts = (request.json?.messages ?? [])
          .filter((message) => message.role === 'tool')
          .map((m) => String(m.content));
        const definition = /CLV（顧客生涯価値）: (.+)/u.exec(texts.join('\n'))?.[1] ?? '読めませんでした';
        const roi = /• (「.*割引.*」)/u.exec(texts.join('\n'))?.[1] ?? '';
        return { content: `${definition}\n次は${roi}と聞けます。` };
      },
    );
    const result = await answerQuestion({
      question: 'CLVって何？',
      tools: allTools,
      prisma: database.prisma,
      config: { ...config, openAiApiKey: 'sk-test', openAiBaseUrl: server.baseUrl },
      logger,
      chartFonts: null,
    });
    expect(result.mode).toBe('model');
    expect(result.toolCalls.map((call) => [call.name, call.ok])).toEqual([
      ['explain_term', true],
      ['suggest_questions', true],
    ]);
    expect(explainTermTool.schema.safeParse(result.toolCalls[0]!.arguments).success).toBe(true);
    expect(suggestQuestionsTool.schema.safeParse(result.toolCalls[1]!.arguments).success).toBe(true);
    const term = (result.toolCalls[0]!.data as ExplainTermData).terms[0]!;
    expect(result.answer).toContain(term.definition.ja);
    const roi = (result.toolCalls[1]!.data as SuggestQuestionsData).suggestions.find((s) => s.capability === 'roi')!;
    expect(roi.question.ja).toContain('20%割引');
    expect(result.answer).toContain(roi.question.ja);
    const offered = JSON.stringify(server.requests[0]!.json?.tools ?? []);
    expect(offered).toContain('explain_term');
    expect(offered).toContain('suggest_questions');
  }, 120_000);
});
