import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/agent/answer-question.ts';
import { setUpChartFonts, type ChartFonts } from '../../src/charts/font-setup.ts';
import { loadConfig, type TakumiConfig } from '../../src/config/load-config.ts';
import { openDatabase, type TakumiDatabase } from '../../src/data/database/open-database.ts';
import { allTools } from '../../src/tools/all-tools.ts';
import { startFakeOpenAiServer, type FakeOpenAiServer, type RecordedRequest } from '../support/fake-openai-server.ts';
import { createSyntheticShop } from '../support/synthetic-shop.ts';
import { makeTestDatabaseUrl } from '../support/test-database.ts';
import type { EstimateRoiData } from '../../src/tools/estimate-roi/estimate-roi-tool.ts';
import type { RunSegmentationData } from '../../src/tools/run-segmentation/run-segmentation-tool.ts';

/**
 * The real langchain agent and OpenAI client against a local fake model: the model asks for
 * run_segmentation, then estimate_roi, then writes its answer from the tool results it was sent. The
 * tools run for real on a stored dataset.
 */
describe('agent with the analytics tools (fake model server, real tools)', () => {
  let directory: string;
  let database: TakumiDatabase;
  let server: FakeOpenAiServer;
  let config: TakumiConfig;
  let fonts: ChartFonts;
  let canaries: string[];

  beforeAll(async () => {
    directory = await mkdtemp(path.join(os.tmpdir(), 'takumi-agent-tools-'));
    database = await openDatabase({ databaseUrl: await makeTestDatabaseUrl(directory) });
    ({ canaries } = await createSyntheticShop({ prisma: database.prisma, directory }));
    server = await startFakeOpenAiServer();
    config = {
      ...loadConfig({
        ...process.env,
        OPENAI_API_KEY: 'sk-test',
        OPENAI_BASE_URL: server.baseUrl,
        TAKUMI_HOME: directory,
      }),
    };
    fonts = setUpChartFonts({ home: directory });
  });

  afterAll(async () => {
    await server?.close();
    await database?.close();
    await rm(directory, { recursive: true, force: true });
  });

  it('answers with the numbers the tools returned, and no personal data reaches the model', async () => {
    const lastToolText = (request: RecordedRequest): string => {
      const messages = request.json?.messages ?? [];
      return String(messages.filter((message) => message.role === 'tool').at(-1)?.content ?? '');
    };
    server.enqueue(
      { toolCalls: [{ name: 'run_segmentation', arguments: { dataset: 'shop' } }] },
      { toolCalls: [{ name: 'estimate_roi', arguments: { dataset: 'shop' } }] },
      // The "model" writes its answer from the ROI tool result it received, as a real model would.
      (request) => {
        const best = /- ([^:\n]+): (\d+) contacted; ROI ([+-]?[\d,]+%)/.exec(lastToolText(request));
        return {
          content: best
            ? `ROIが最も高いのは ${best[1]} です（対象 ${best[2]} 人、ROI ${best[3]}）。`
            : 'ROI の結果を読めませんでした。',
        };
      },
    );
    const result = await answerQuestion({
      question: 'セグメントを作って、ROIが高い層を教えて',
      tools: allTools,
      prisma: database.prisma,
      config,
      logger: { info: () => {}, warn: () => {}, error: () => {} },
      chartFonts: fonts,
    });
    expect(result.mode).toBe('model');
    expect(result.toolCalls.map((call) => [call.name, call.ok])).toEqual([
      ['run_segmentation', true],
      ['estimate_roi', true],
    ]);
    const segmentation = result.toolCalls[0]!.data as RunSegmentationData;
    const roi = result.toolCalls[1]!.data as EstimateRoiData;
    expect(segmentation.segments.length).toBeGreaterThanOrEqual(2);
    const best = roi.estimates[0]!;
    expect(result.answer).toContain(`対象 ${best.size} 人`);
    const roiPercent = Math.round(best.estimate.base.roi * 100);
    expect(result.answer).toContain(`ROI ${roiPercent > 0 ? '+' : ''}${roiPercent.toLocaleString('en-US')}%`);
    expect(result.charts.length).toBeGreaterThanOrEqual(4);
    for (const request of server.requests) for (const canary of canaries) expect(request.body).not.toContain(canary);
  }, 120_000);
});
