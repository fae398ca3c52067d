import type { Language } from '../../core/language.ts';
import { translate } from '../../core/message-catalog.ts';
import { capabilityMessages as messages } from './capability-messages.ts';
import type { ExampleFacts } from './example-facts.ts';

/** One thing Takumi can do, the words that point to it, and an example question built from the facts. */
export interface Capability {
  id: string;
  /** Lower-case words (English) and word stems (Japanese) a question about it tends to contain. */
  keywords: readonly string[];
  example(facts: ExampleFacts, language: Language): string;
}

const segmentOf = (facts: ExampleFacts, language: Language): string | null => facts.segment?.label[language] ?? null;

/** Takumi's analyses in the order suggested when nothing in the question points anywhere. */
export const capabilities: readonly Capability[] = [
  {
    id: 'churn',
    keywords: [
      '解約',
      '離反',
      '離れ',
      '休眠',
      'やめ',
      '継続',
      'リピ',
      '優良',
      'churn',
      'leave',
      'lose',
      'retain',
      'retention',
      'repeat',
      'loyal',
      'risk',
    ],
    example: (facts, language) => {
      const segment = segmentOf(facts, language);
      return segment
        ? translate(messages.churnSegment, language, { segment })
        : translate(messages.churn, language, { customers: facts.customers });
    },
  },
  {
    id: 'roi',
    keywords: [
      '費用',
      '効果',
      '投資',
      '利益',
      '儲',
      '予算',
      'オファー',
      '割引',
      '値引',
      'クーポン',
      'roi',
      'return',
      'profit',
      'budget',
      'offer',
      'discount',
      'coupon',
      'worth',
      'pay',
      'spend',
    ],
    example: (facts, language) => {
      const segment = segmentOf(facts, language);
      if (facts.budget && (segment === null || facts.discountRate === null))
        return translate(messages.roiBudget, language, { budget: facts.budget[language] });
      if (segment === null) return translate(messages.roi, language);
      const percent = Math.round((facts.discountRate ?? 0.1) * 100);
      return translate(messages.roiSegment, language, { segment, percent });
    },
  },
  {
    id: 'describe',
    keywords: [
      '特徴',
      'どんな',
      '説明',
      'プロフィール',
      '人物',
      '好き',
      'describe',
      'profile',
      'who',
      'like',
      'typical',
      'kind of',
    ],
    example: (facts, language) => {
      const segment = segmentOf(facts, language);
      return segment
        ? translate(messages.describeSegment, language, { segment })
        : translate(messages.describe, language);
    },
  },
  {
    id: 'forecast',
    keywords: [
      '売上',
      '予測',
      '来月',
      '見込',
      '将来',
      '今後',
      'revenue',
      'sales',
      'forecast',
      'next',
      'future',
      'month',
      'expect',
    ],
    example: (facts, language) =>
      facts.periodMonths && facts.periodMonths > 1
        ? translate(messages.forecastMonths, language, { months: facts.periodMonths })
        : translate(messages.forecast, language),
  },
  {
    id: 'campaign',
    keywords: [
      'キャンペーン',
      '施策',
      '企画',
      '案',
      'メール',
      '販促',
      'campaign',
      'idea',
      'promotion',
      'message',
      'email',
      'marketing',
    ],
    example: (facts, language) => {
      const segment = segmentOf(facts, language);
      return segment
        ? translate(messages.campaignSegment, language, { segment })
        : translate(messages.campaign, language);
    },
  },
  {
    id: 'what-if',
    keywords: ['もし', '仮に', 'シミュレーション', '試算', 'what if', 'simulat', 'scenario'],
    example: (facts, language) => {
      const segment = segmentOf(facts, language);
      const percent = Math.round((facts.discountRate ?? 0.1) * 100);
      return segment
        ? translate(messages.whatIfSegment, language, { segment, percent })
        : translate(messages.whatIf, language);
    },
  },
  {
    id: 'ab-test',
    keywords: ['テスト', '検証', '効果測定', '比較', '実験', 'test', 'experiment', 'measure', 'sample size'],
    example: (facts, language) => {
      const segment = segmentOf(facts, language);
      return segment ? translate(messages.abTestSegment, language, { segment }) : translate(messages.abTest, language);
    },
  },
  {
    id: 'segmentation',
    keywords: [
      '分け',
      'グループ',
      '層',
      '分類',
      '写真',
      '画像',
      'テーマ',
      'segment',
      'group',
      'cluster',
      'split',
      'type',
      'photo',
      'picture',
      'theme',
    ],
    example: (facts, language) => translate(messages.segmentation, language, { customers: facts.customers }),
  },
  {
    id: 'meeting',
    keywords: ['会議', '役員', '報告', '上司', '言い方', 'meeting', 'board', 'report', 'executive', 'boss', 'pitch'],
    example: (facts, language) => {
      const segment = segmentOf(facts, language);
      return segment
        ? translate(messages.meetingSegment, language, { segment })
        : translate(messages.meeting, language);
    },
  },
  {
    id: 'breakdown',
    keywords: [
      '地域',
      '年代',
      '年齢',
      '推移',
      '内訳',
      '月別',
      '週',
      'region',
      'trend',
      'breakdown',
      'monthly',
      'weekly',
    ],
    example: (_facts, language) => translate(messages.breakdown, language),
  },
];

/**
 * The capabilities closest to a question: those sharing the most keywords with it (substring match
 * after NFKC and lower-casing, so Japanese needs no word splitting), ties and the rest in catalog order.
 * A figure the question carries counts as a keyword of the capability that uses it (a discount or a
 * budget for ROI, a period for the forecast).
 */
export function closestCapabilities(question: string, count: number, facts?: Partial<ExampleFacts>): Capability[] {
  const text = question.normalize('NFKC').toLowerCase();
  const bonus: Record<string, number> = {
    roi: (facts?.discountRate ? 1 : 0) + (facts?.budget ? 1 : 0),
    'what-if': facts?.discountRate ? 1 : 0,
    forecast: facts?.periodMonths ? 1 : 0,
  };
  return capabilities
    .map((capability, index) => ({
      capability,
      index,
      score: capability.keywords.filter((keyword) => text.includes(keyword)).length + (bonus[capability.id] ?? 0),
    }))
    .sort((left, right) => right.score - left.score || left.index - right.index)
    .slice(0, count)
    .map((entry) => entry.capability);
}
