import { describe, expect, it } from 'vitest';
import { detectSmallTalk } from '../../src/agent/detect-small-talk.ts';
import { planOfflineSteps } from '../../src/agent/plan-offline-steps.ts';
import { capabilities, closestCapabilities } from '../../src/tools/suggest-questions/capabilities.ts';
import { findGlossaryTerms } from '../../src/tools/explain-term/find-glossary-terms.ts';

describe('detectSmallTalk', () => {
  it.each([
    ['CLVって何？', 'glossary'],
    ['what does AUC mean?', 'glossary'],
    ['ROIとは？', 'glossary'],
    ['What is CLV?', 'glossary'],
    ['What is a CLV?', 'glossary'],
    ['what does the AUC mean?', 'glossary'],
    ['解約リスクってどういう意味？', 'glossary'],
    ['ありがとう', 'thanks'],
    ['Thanks!', 'thanks'],
    ['こんにちは', 'greeting'],
    ['Hello Takumi', 'greeting'],
    ['何ができるの？', 'capabilities'],
    ['what can you do?', 'capabilities'],
    ['今日の天気は？', 'off-topic'],
    ['tell me a joke', 'off-topic'],
  ])('%s → %s', (question, kind) => {
    expect(detectSmallTalk(question)).toBe(kind);
  });

  it('leaves analysis questions alone, also those that start like a definition question', () => {
    for (const question of [
      'What is segment 2?',
      'セグメント2の特徴は？',
      'ROIが出る顧客層はどこ？',
      'what is the ROI of segment 2?',
      'What is the ROI?',
      "what's our CLV?",
      'What is the average CLV',
      'ROIは？',
    ])
      expect(detectSmallTalk(question), question).toBeNull();
  });
});

describe('planning small talk', () => {
  const plan = (question: string) => planOfflineSteps(question, []);
  it('explains a term instead of running the analysis it names', () => {
    expect(plan('ROIって何？').steps).toEqual([{ toolName: 'explain_term', hints: { text: 'ROIって何？' } }]);
  });
  it('answers thanks without tools, and greetings, off-topic and unmapped questions with suggestions', () => {
    expect(plan('ありがとう')).toMatchObject({ steps: [], smallTalk: 'thanks' });
    expect(plan('こんにちは')).toMatchObject({ steps: [{ toolName: 'suggest_questions' }], smallTalk: 'greeting' });
    expect(plan('今日の天気は？')).toMatchObject({ smallTalk: 'off-topic' });
    expect(plan('犬好きのお客さんにメールを送りたい')).toMatchObject({
      steps: [{ toolName: 'suggest_questions', hints: { text: '犬好きのお客さんにメールを送りたい' } }],
      smallTalk: 'unmapped',
    });
  });
  it('passes the period an unmapped question names to the suggestions', () => {
    expect(plan('今後6か月で犬好きのお客さんを増やすには？')).toMatchObject({
      steps: [{ toolName: 'suggest_questions', hints: { periodMonths: 6 } }],
      smallTalk: 'unmapped',
    });
  });
});

describe('glossary and closest capabilities', () => {
  it('finds the term a definition question is about', () => {
    expect(findGlossaryTerms('CLVって何？').map((term) => term.id)).toEqual(['clv']);
    expect(findGlossaryTerms('What does AUC mean?').map((term) => term.id)).toEqual(['auc']);
    expect(findGlossaryTerms('p値とは').map((term) => term.id)).toEqual(['p-value']);
    expect(findGlossaryTerms('the weather')).toEqual([]);
  });
  it('ranks the capabilities sharing the most words with the question first', () => {
    expect(closestCapabilities('メールで販促したい', 3)[0]!.id).toBe('campaign');
    expect(closestCapabilities('how much profit would a coupon make?', 3)[0]!.id).toBe('roi');
    expect(closestCapabilities('写真で顧客をグループにしたい', 3)[0]!.id).toBe('segmentation');
    // Nothing in common: the default order.
    expect(closestCapabilities('xyz', 3).map((capability) => capability.id)).toEqual(['churn', 'roi', 'describe']);
    // A discount or a budget in the question points to ROI even without a keyword.
    expect(closestCapabilities('xyz', 3, { discountRate: 0.2 })[0]!.id).toBe('roi');
    expect(closestCapabilities('xyz', 3, { periodMonths: 6 })[0]!.id).toBe('forecast');
  });
  it("writes the examples with the user's own figures and the segment by its name", () => {
    const label = { ja: '高頻度・高額購入層（S2）', en: 'frequent, big-spending customers (S2)' };
    const facts = {
      customers: 240,
      segment: { id: 2, size: 60, label },
      discountRate: 0.2,
      budget: { ja: '￥300,000', en: '¥300,000' },
      periodMonths: 6,
    };
    const example = (id: string, language: 'ja' | 'en') =>
      capabilities.find((capability) => capability.id === id)!.example(facts, language);
    expect(example('roi', 'ja')).toBe('「高頻度・高額購入層（S2）に20%割引を出したらROIは？」');
    expect(example('roi', 'en')).toBe('"What is the ROI of a 20% discount for frequent, big-spending customers (S2)?"');
    expect(example('roi', 'ja').includes('S2に')).toBe(false);
    expect(example('forecast', 'ja')).toBe('「今後6か月の売上はどのくらいになりそう？」');
    expect(example('churn', 'ja')).toBe('「高頻度・高額購入層（S2）で解約しそうな優良顧客は？」');
    const none = { ...facts, segment: null, discountRate: null };
    expect(capabilities.find((capability) => capability.id === 'roi')!.example(none, 'ja')).toBe(
      '「予算￥300,000でROIが出る顧客層は？」',
    );
    expect(capabilities.find((capability) => capability.id === 'segmentation')!.example(none, 'en')).toBe(
      '"Segment our 240 customers by their photos and purchases"',
    );
  });
});
