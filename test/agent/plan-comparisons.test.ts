import { describe, expect, it } from 'vitest';
import { findComparedPair } from '../../src/agent/find-compared-pair.ts';
import { planOfflineSteps } from '../../src/agent/plan-offline-steps.ts';
import type { ConversationTurn } from '../../src/agent/conversation-turn.ts';

const plan = (question: string, history: ConversationTurn[] = []) =>
  planOfflineSteps(question, history).steps.map((step) => [step.toolName, step.hints.named]);

describe('offline routing of comparison questions', () => {
  it('sends two segments to compare_segments with both numbers, not a description of the first', () => {
    expect(plan('S1とS2の違いは？')).toEqual([['compare_segments', { first: 1, second: 2 }]]);
    expect(plan('compare segment 1 and 2')).toEqual([['compare_segments', { first: 1, second: 2 }]]);
    expect(plan('セグメント1と3を比べて')).toEqual([['compare_segments', { first: 1, second: 3 }]]);
    expect(plan('ｓ０とｓ４の比較')).toEqual([['compare_segments', { first: 0, second: 4 }]]);
    expect(plan('How does segment 2 differ from segment 0?')).toEqual([['compare_segments', { first: 2, second: 0 }]]);
    expect(plan('S3 vs S1')).toEqual([['compare_segments', { first: 3, second: 1 }]]);
  });

  it('sends two themes to compare_segments as themes, by word or number', () => {
    expect(plan('犬のテーマと猫のテーマの違い')).toEqual([
      ['compare_segments', { kind: 'theme', first: '犬', second: '猫' }],
    ]);
    expect(plan('犬と猫の写真テーマを比べて')).toEqual([
      ['compare_segments', { kind: 'theme', first: '犬', second: '猫' }],
    ]);
    expect(plan('テーマ0とテーマ2の違いは？')).toEqual([['compare_segments', { kind: 'theme', first: 0, second: 2 }]]);
    expect(plan('compare the dog theme and the cat theme')).toEqual([
      ['compare_segments', { kind: 'theme', first: 'dog', second: 'cat' }],
    ]);
  });

  it('compares one named segment with the one the conversation was about', () => {
    const history: ConversationTurn[] = [
      { role: 'user', content: 'セグメント2について教えて' },
      { role: 'assistant', content: '…' },
    ];
    expect(plan('S4と比べると？', history)).toEqual([['compare_segments', { first: 2, second: 4 }]]);
  });

  it('leaves questions without a pair or without comparison words to the other tools', () => {
    expect(findComparedPair('S1の特徴は？')).toBeNull();
    expect(findComparedPair('セグメント1と2に分けて')).toBeNull();
    expect(findComparedPair('違いは？')).toBeNull();
    expect(plan('S1の特徴は？').map(([tool]) => tool)).toEqual(['describe_cluster']);
    expect(plan('A/Bテストの結果: 対照 2000人中120人、施策 2000人中156人の差は？').map(([tool]) => tool)).toEqual([
      'read_ab_test',
    ]);
  });
});
