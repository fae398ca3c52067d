import { describe, expect, it } from 'vitest';
import { AgentError } from '../../src/agent/agent-error.ts';
import type { ToolCallRecord } from '../../src/agent/tool-call-record.ts';
import type { PrismaClient } from '../../src/generated/prisma/client.ts';
import { buildAnswerMessages } from '../../src/slack/build-answer-messages.ts';
import { checkAccess } from '../../src/slack/check-access.ts';
import { describeFailure } from '../../src/slack/describe-failure.ts';
import { formatProgress } from '../../src/slack/format-progress.ts';
import { markdownToMrkdwn } from '../../src/slack/markdown-to-mrkdwn.ts';
import { questionFromSlackText } from '../../src/slack/question-from-slack-text.ts';
import { splitText } from '../../src/slack/split-text.ts';
import { ThreadHistoryStore } from '../../src/slack/thread-history-store.ts';

const noLogger = { info: () => {}, warn: () => {}, error: () => {} };

describe('questionFromSlackText', () => {
  it('drops the bot mention and turns Slack markup and entities into plain text', () => {
    expect(questionFromSlackText('<@UBOT1> セグメントを作って &amp; ROI &lt; 0 の層は？', 'UBOT1')).toBe(
      'セグメントを作って & ROI < 0 の層は？',
    );
    expect(
      questionFromSlackText(
        '<@UBOT1|takumi> ask <@UBOB2> in <#C123ABC|marketing> about <https://example.com/a?b=1&amp;c=2|the report> <!here>',
        'UBOT1',
      ),
    ).toBe('ask @UBOB2 in #marketing about the report (https://example.com/a?b=1&c=2) @here');
    expect(questionFromSlackText('<@UBOT1>', 'UBOT1')).toBe('');
    // Before auth.test answered, a leading mention is still removed.
    expect(questionFromSlackText('<@UBOT1> hello', undefined)).toBe('hello');
  });
});

describe('markdownToMrkdwn', () => {
  it('converts bold, headings, lists and links, and escapes what Slack would parse', () => {
    expect(
      markdownToMrkdwn('## 結果\n- **S2** が最良 (ROI > 100% & 安定)\n[詳細](https://example.com/x?a=1&b=2)'),
    ).toBe('*結果*\n• *S2* が最良 (ROI &gt; 100% &amp; 安定)\n<https://example.com/x?a=1&amp;b=2|詳細>');
    expect(markdownToMrkdwn('use `a**b**<c>` and\n```\n**raw** <x>\n```')).toBe(
      'use `a**b**&lt;c&gt;` and\n```\n**raw** &lt;x&gt;\n```',
    );
    expect(markdownToMrkdwn('<@U123> <!channel>')).toBe('&lt;@U123&gt; &lt;!channel&gt;');
  });
});

describe('splitText', () => {
  it('cuts at paragraph, line or word boundaries, keeps every piece within the limit and loses no words', () => {
    const paragraphs = Array.from(
      { length: 40 },
      (_, index) => `Paragraph ${index} ${'word '.repeat(20).trim()}.`,
    ).join('\n\n');
    const pieces = splitText(paragraphs, 500);
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(500);
    for (const piece of pieces) expect(piece).toMatch(/^Paragraph \d+/);
    expect(pieces.join(' ').replace(/\s+/g, ' ')).toBe(paragraphs.replace(/\s+/g, ' '));
  });

  it('cuts text without spaces hard, never inside a surrogate pair', () => {
    const text = `${'あ'.repeat(9)}😀${'い'.repeat(10)}`;
    const pieces = splitText(text, 10);
    expect(pieces).toEqual(['あ'.repeat(9), `😀${'い'.repeat(8)}`, 'いい']);
    expect(() => splitText('x', 1)).toThrow(RangeError);
  });
});

describe('buildAnswerMessages', () => {
  const calls: ToolCallRecord[] = [
    { name: 'run_segmentation', arguments: {}, ok: true, outcome: 'succeeded', content: '' },
    { name: 'estimate_roi', arguments: { segment: 9 }, ok: false, outcome: 'invalid-arguments', content: '' },
    { name: 'estimate_roi', arguments: {}, ok: true, outcome: 'succeeded', content: '' },
  ];

  it('splits a long answer into section blocks of at most 3000 characters, with the notes in a context block', () => {
    const answer = Array.from(
      { length: 30 },
      (_, index) => `第${index}段落。${'分析結果の説明です。'.repeat(30)}`,
    ).join('\n\n');
    const [message, ...rest] = buildAnswerMessages({ answer, language: 'ja', mode: 'offline', toolCalls: calls });
    expect(rest).toEqual([]);
    const sections = message!.blocks.filter((block) => block.type === 'section');
    expect(sections.length).toBeGreaterThanOrEqual(3);
    for (const block of sections) expect(block.type === 'section' && block.text.text.length).toBeLessThanOrEqual(3000);
    expect(message!.blocks.at(-1)).toEqual({
      type: 'context',
      elements: [
        { type: 'mrkdwn', text: '使った分析: セグメンテーション、ROI試算' },
        { type: 'mrkdwn', text: 'オフラインモード（LLMなし）で回答しています。' },
      ],
    });
    expect(message!.text.length).toBeLessThanOrEqual(300);
  });

  it('spreads more than 50 blocks over several messages and never posts an empty answer', () => {
    const answer = Array.from({ length: 60 }, (_, index) => `Part ${index}: ${'x'.repeat(2900)}`).join('\n\n');
    const messages = buildAnswerMessages({ answer, language: 'en', mode: 'model', toolCalls: [] });
    expect(messages.map((message) => message.blocks.length)).toEqual([50, 10]);
    expect(buildAnswerMessages({ answer: '  ', language: 'en', mode: 'model', toolCalls: [] })[0]!.blocks).toEqual([
      {
        type: 'section',
        text: { type: 'mrkdwn', text: '(The answer came back empty. Please rephrase the question and try again.)' },
      },
    ]);
  });
});

describe('formatProgress, describeFailure and checkAccess', () => {
  it('shows tool steps with their label (or the tool’s name for an internal one) and count', () => {
    expect(
      formatProgress(
        {
          phase: 'step',
          toolName: 'run_segmentation',
          label: 'セグメンテーション実行中…（写真テーマ）',
          done: 2,
          total: 4,
        },
        'ja',
      ),
    ).toBe('⏳ セグメンテーション実行中…（写真テーマ） 2/4');
    expect(
      formatProgress(
        { phase: 'step', toolName: 'run_segmentation', label: 'run_segmentation: segments', done: 2, total: 4 },
        'ja',
      ),
    ).toBe('⏳ セグメンテーション実行中… 2/4');
    expect(
      formatProgress(
        { phase: 'started', toolName: 'estimate_roi', label: 'The ROI estimate running…', done: 1, total: 2 },
        'en',
      ),
    ).toBe('⏳ The ROI estimate running… (analysis 1/2)');
  });

  it('reuses the agent’s error id, hides internals and adds a hint only where the asker can act', () => {
    const failure = describeFailure(
      new AgentError('AGENT_MODEL_FAILED', 'The language model at 127.0.0.1 did not answer (HTTP 500)', {
        errorId: 'E-0badc0de',
      }),
      'ja',
    );
    expect(failure).toEqual({
      errorId: 'E-0badc0de',
      text: 'うまくいきませんでした…（エラーID E-0badc0de）\nしばらくしてからもう一度お試しください。続くようなら、このエラーIDを管理者に伝えてください。',
    });
    const plain = describeFailure(new Error('ENOENT /home/taro/secret'), 'en');
    expect(plain.errorId).toMatch(/^E-[0-9a-f]{8}$/);
    expect(plain.text).not.toContain('ENOENT');
    expect(describeFailure(new AgentError('AGENT_TOO_MANY_STEPS', 'x'), 'en').text).toContain('narrow it down');
  });

  it('applies the user list everywhere and the channel list outside DMs', () => {
    const lists = { allowedChannels: ['CALLOWED1'], allowedUsers: ['UALICE001'] };
    expect(checkAccess(lists, { channel: 'CALLOWED1', user: 'UALICE001', isDirectMessage: false })).toBeNull();
    expect(checkAccess(lists, { channel: 'COTHER001', user: 'UALICE001', isDirectMessage: false })).toBe('channel');
    expect(checkAccess(lists, { channel: 'DALICE001', user: 'UALICE001', isDirectMessage: true })).toBeNull();
    expect(checkAccess(lists, { channel: 'DBOB00001', user: 'UBOB00001', isDirectMessage: true })).toBe('user');
    expect(
      checkAccess(
        { allowedChannels: null, allowedUsers: null },
        { channel: 'CANY00001', user: 'UANY00001', isDirectMessage: false },
      ),
    ).toBeNull();
  });
});

describe('ThreadHistoryStore.bound', () => {
  it('keeps the newest turns, shortens long summaries, caps the size and starts with a question', () => {
    const store = new ThreadHistoryStore({} as PrismaClient, noLogger, {
      maxTurns: 5,
      maxSummaryCharacters: 10,
      maxHistoryCharacters: 400,
    });
    const turns = Array.from({ length: 8 }, (_, index) =>
      index % 2 === 0
        ? { role: 'user' as const, content: `question ${index}` }
        : {
            role: 'assistant' as const,
            content: `answer ${index}`,
            toolResults: [{ name: 'run_segmentation', arguments: {}, summary: 'x'.repeat(50), ok: true }],
          },
    );
    const bounded = store.bound(turns);
    // 5 newest would start with an answer, so that one goes too.
    expect(bounded.map((turn) => turn.content)).toEqual(['question 4', 'answer 5', 'question 6', 'answer 7']);
    expect(bounded[1]!.toolResults![0]!.summary).toBe(`${'x'.repeat(9)}…`);
    const small = new ThreadHistoryStore({} as PrismaClient, noLogger, { maxHistoryCharacters: 120 }).bound(turns);
    expect(JSON.stringify(small).length).toBeLessThanOrEqual(120);
    expect(small[0]?.role ?? 'user').toBe('user');
  });
});
