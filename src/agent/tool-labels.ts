import type { Language } from '../core/language.ts';
import { translate } from '../core/message-catalog.ts';
import { agentMessages } from './agent-messages.ts';

interface ToolLabel {
  /** Noun phrase for progress lines and messages ("Segmentation", 「セグメンテーション」). */
  label: Record<Language, string>;
  /** What the user can do after an internal failure; shown to the model in the safe error message. */
  hint: Record<Language, string>;
}

const labels: Record<string, ToolLabel> = {
  list_datasets: {
    label: { ja: 'データセット一覧', en: 'The dataset list' },
    hint: { ja: 'もう一度試してください', en: 'try again' },
  },
  run_segmentation: {
    label: { ja: 'セグメンテーション', en: 'The segmentation' },
    hint: { ja: 'もう一度試すか、セグメント数を減らしてください', en: 'try again or ask for fewer segments' },
  },
  describe_cluster: {
    label: { ja: 'セグメント・写真テーマの説明', en: 'The description' },
    hint: {
      ja: 'もう一度試すか、先にセグメンテーションを実行してください',
      en: 'try again or run the segmentation first',
    },
  },
  compare_segments: {
    label: { ja: 'セグメントの比較', en: 'The comparison' },
    hint: {
      ja: '比べる2つを「セグメント1と2」「犬のテーマと猫のテーマ」のように指定してください',
      en: 'name the two, e.g. "segment 1 and 2" or "dog theme and cat theme"',
    },
  },
  compare_theme_value: {
    label: { ja: '写真テーマと顧客価値', en: 'The photo themes by customer value' },
    hint: {
      ja: 'もう一度試すか、写真を取り込んでからセグメンテーションを実行してください',
      en: 'try again, or import photos and run the segmentation first',
    },
  },
  predict_behavior: {
    label: { ja: '行動予測', en: 'The behavior prediction' },
    hint: { ja: 'もう一度試すか、対象を広げてください', en: 'try again or predict for a larger group' },
  },
  assess_churn_risk: {
    label: { ja: '解約リスク', en: 'The churn risk check' },
    hint: { ja: 'もう一度試すか、購入履歴を取り込んでください', en: 'try again or import a purchase history' },
  },
  forecast_revenue: {
    label: { ja: '売上予測', en: 'The revenue forecast' },
    hint: { ja: 'もう一度試すか、購入履歴を取り込んでください', en: 'try again or import a purchase history' },
  },
  cohort_retention: {
    label: { ja: '初回購入月ごとの継続率', en: 'The retention by first-purchase month' },
    hint: { ja: 'もう一度試すか、購入履歴を取り込んでください', en: 'try again or import a purchase history' },
  },
  break_down_sales: {
    label: { ja: '売上の内訳', en: 'The sales breakdown' },
    hint: {
      ja: '「月別」「週別」や、地域・年代など顧客の項目を指定してもう一度試してください',
      en: 'try again by month, by week, or by a customer column such as region or age',
    },
  },
  simulate_what_if: {
    label: { ja: 'もしもの試算', en: 'The what-if' },
    hint: {
      ja: '割引率や費用を数字で指定してもう一度試してください',
      en: 'try again with the discount or cost as a number',
    },
  },
  design_ab_test: {
    label: { ja: 'A/Bテストの設計', en: 'The A/B test design' },
    hint: {
      ja: '検出したい差を「2ポイント」のように指定してください',
      en: 'state the lift to detect, e.g. "2 points"',
    },
  },
  read_ab_test: {
    label: { ja: 'A/Bテストの判定', en: 'The A/B test readout' },
    hint: {
      ja: '「対照 2000人中120人、施策 2000人中156人」のように両群の人数と反応数を書いてください',
      en: 'give both arms, e.g. "control 120 of 2000, treatment 156 of 2000"',
    },
  },
  export_audience: {
    label: { ja: '顧客リストの書き出し', en: 'The customer list' },
    hint: { ja: '書き出す層を「セグメント2」のように指定してください', en: 'name the segment, e.g. "segment 2"' },
  },
  explain_term: {
    label: { ja: '用語の説明', en: 'What it means' },
    hint: { ja: '別の言い方で聞いてください', en: 'ask with another word' },
  },
  suggest_questions: {
    label: { ja: '聞けること', en: 'What you can ask' },
    hint: { ja: 'もう一度試してください', en: 'try again' },
  },
  estimate_roi: {
    label: { ja: 'ROI試算', en: 'The ROI estimate' },
    hint: {
      ja: 'もう一度試すか、前提（予算・単価）を見直してください',
      en: 'try again or check the budget and price assumptions',
    },
  },
  draft_campaign: {
    label: { ja: 'キャンペーン案の作成', en: 'The campaign draft' },
    hint: { ja: 'もう一度試すか、対象セグメントを指定してください', en: 'try again or name the target segment' },
  },
};

/**
 * Human words for a tool, in the conversation language; unknown tools fall back to their name so a
 * newly registered tool works before anyone adds a label for it.
 */
export function toolLabel(name: string, language: Language): { label: string; hint: string } {
  const known = labels[name];
  if (known) return { label: known.label[language], hint: known.hint[language] };
  return {
    label: translate(agentMessages.unknownToolLabel, language, { name }),
    hint: translate(agentMessages.tryAgain, language),
  };
}
