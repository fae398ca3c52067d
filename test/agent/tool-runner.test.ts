import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { AgentProgress } from '../../src/agent/agent-progress.ts';
import { findSmallGroups } from '../../src/agent/find-small-groups.ts';
import { ToolRunner } from '../../src/agent/tool-runner.ts';
import { loadConfig } from '../../src/config/load-config.ts';
import type { PrismaClient } from '../../src/generated/prisma/client.ts';
import type { TakumiTool } from '../../src/tools/takumi-tool.ts';
import { createRecordingLogger } from './agent-test-database.ts';
import { detectLanguage } from '../../src/core/language.ts';

describe('detectLanguage', () => {
  it.each([
    ['ROIが出る顧客層は？', 'ja'],
    ['ｾｸﾞﾒﾝﾄ', 'ja'],
    ['顧客', 'ja'],
    ['Which segment has the best ROI?', 'en'],
    ['segment 3 – café', 'en'],
  ])('%s → %s', (text, language) => expect(detectLanguage(text)).toBe(language));
});

describe('findSmallGroups', () => {
  it('finds groups below the minimum and fails closed on unreadable declarations', () => {
    expect(
      findSmallGroups(
        {
          groups: [
            { label: 'a', size: 20, members: 'counted' as const },
            { label: 'b', size: 19, members: 'counted' as const },
          ],
        },
        20,
      ),
    ).toMatchObject({ small: [{ label: 'b', size: 19, members: 'counted' }], malformed: false });
    expect(findSmallGroups({ rows: [] }, 20)).toEqual({ groups: [], small: [], malformed: false });
    // A group without its members, or with fewer than its size, could skip the differencing check.
    expect(findSmallGroups({ groups: [{ label: 'a', size: 25 }] }, 20).malformed).toBe(true);
    expect(findSmallGroups({ groups: [{ label: 'a', size: 25, members: [1, 2, 3] }] }, 20).malformed).toBe(true);
    expect(findSmallGroups({ groups: [{ label: 'a', size: 2, members: [1, 2.5] }] }, 1).malformed).toBe(true);
    expect(findSmallGroups({ groups: [{ label: 'a', size: 2, members: [1, 2] }] }, 1).malformed).toBe(false);
    expect(findSmallGroups({ groups: [{ label: 'a', size: '5', members: 'counted' as const }] }, 20).malformed).toBe(
      true,
    );
    expect(findSmallGroups({ groups: 'all' }, 20).malformed).toBe(true);
  });
});

describe('ToolRunner', () => {
  const segmentsTool: TakumiTool<
    { sizes: number[] },
    { groups: { label: string; size: number; members: 'counted' }[] }
  > = {
    name: 'run_segmentation',
    description: 'Test tool',
    schema: z.object({ sizes: z.array(z.number()) }),
    async run(input, context) {
      context.onProgress?.({ label: 'clustering', done: 1, total: 2 });
      return {
        summary: `Sizes ${input.sizes.join(', ')}`,
        data: {
          groups: input.sizes.map((size, index) => ({ label: `segment ${index}`, size, members: 'counted' as const })),
        },
        charts: [{ path: '/tmp/sizes.png', title: 'Sizes', kind: 'segment-sizes' }],
      };
    },
  };

  function runner(minimumGroupSize: number, progress: AgentProgress[] = []): ToolRunner {
    const config = loadConfig({
      TAKUMI_HOME: '/tmp/takumi-runner-test',
      TAKUMI_MIN_GROUP_SIZE: String(minimumGroupSize),
    });
    return new ToolRunner({
      tools: [segmentsTool],
      context: {
        prisma: {} as PrismaClient,
        config,
        defaultDataset: null,
        language: 'ja',
        chartDirectory: '/tmp',
        chartFonts: null,
        logger: createRecordingLogger(),
      },
      minimumGroupSize: config.minimumGroupSize,
      onProgress: (event) => progress.push(event),
    });
  }

  it('uses the configured minimum group size', async () => {
    const strict = runner(50);
    expect(await strict.run('run_segmentation', { sizes: [60, 40] })).toMatchObject({
      ok: false,
      outcome: 'withheld',
      content: expect.stringContaining('50人未満の小さなグループ（segment 1）'),
    });
    expect(strict.charts).toEqual([]);
    const lenient = runner(30);
    expect(await lenient.run('run_segmentation', { sizes: [60, 40] })).toMatchObject({
      ok: true,
      content: 'Sizes 60, 40',
    });
    expect(lenient.charts).toHaveLength(1);
  });

  it('reports start, tool steps and end with Japanese labels', async () => {
    const progress: AgentProgress[] = [];
    const tools = runner(20, progress);
    tools.expectCalls(2);
    await tools.run('run_segmentation', { sizes: [30] });
    expect(progress).toEqual([
      { phase: 'started', toolName: 'run_segmentation', label: 'セグメンテーション実行中…', done: 0, total: 2 },
      { phase: 'step', toolName: 'run_segmentation', label: 'clustering', done: 1, total: 2 },
      { phase: 'finished', toolName: 'run_segmentation', label: 'セグメンテーション完了', done: 1, total: 2 },
    ]);
  });

  it('answers an unknown tool name with the available names', async () => {
    expect(await runner(20).run('nope', {})).toMatchObject({
      ok: false,
      outcome: 'unknown-tool',
      content: 'ツール nope はありません。使えるツール: run_segmentation。',
    });
  });
});
