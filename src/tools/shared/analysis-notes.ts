import type { Language } from '../../core/language.ts';
import { type Message, translate } from '../../core/message-catalog.ts';
import type { EngineWarning, EngineWarningCode, EngineWarningParams } from '../../engine/engine-warning.ts';
import { formatDay, formatMonth, formatMonthRange } from '../../core/format/format-month.ts';
import { sharedMessages } from './shared-messages.ts';
import { groupDigits } from '../../core/format/format-count.ts';

type NoteCatalog = { readonly [Code in EngineWarningCode]: Message<EngineWarningParams[Code]> };

/** Every engine warning in words people read; the compiler asks for a new code's entry here. */
export const analysisNoteMessages: NoteCatalog = {
  PCA_CONSTANT_DATA: {
    ja: '写真の特徴がすべて同じで、テーマを区別できませんでした。',
    en: 'Every photo looks the same to the model, so themes could not be told apart.',
  },
  PCA_LOW_RANK: {
    ja: '写真の特徴のばらつきが小さく、一部の軸は情報を持ちません。',
    en: 'The photos vary along fewer directions than requested; some components carry nothing.',
  },
  CONSTANT_COLUMNS: {
    ja: (p) => `全員が同じ値の項目が${p.count}個あり、分析には使いませんでした。`,
    en: (p) => `${p.count} column(s) have the same value for everyone and were left out (${p.columns}).`,
  },
  KMEANS_NOT_CONVERGED: {
    ja: (p) =>
      `クラスタリングが${groupDigits(p.iterations)}回の反復で収束しませんでした。結果は目安としてご覧ください。`,
    en: (p) => `Clustering did not settle within ${p.iterations} iterations; read the result as a guide.`,
  },
  KMEANS_EMPTY_RESEEDED: {
    ja: (p) => `空になったグループ${p.count}個を作り直しました。`,
    en: (p) => `${p.count} empty group(s) were started again.`,
  },
  KMEANS_FEW_DISTINCT_ROWS: {
    ja: (p) => `違いのあるデータが少なく、${p.k}グループのうち${p.nonEmpty}グループしか作れませんでした。`,
    en: (p) => `Only ${p.nonEmpty} of ${p.k} groups could be formed: too few customers differ.`,
  },
  MAX_K_LOWERED: {
    ja: (p) =>
      `データが${groupDigits(p.rows)}件のため、試すグループ数の上限を${p.requested}から${p.used}に下げました。`,
    en: (p) => `With ${groupDigits(p.rows)} rows, at most ${p.used} groups were tried instead of ${p.requested}.`,
  },
  SMALL_GROUP_MERGED: {
    ja: (p) =>
      `${groupDigits(p.size)}人のグループは最小人数（${groupDigits(p.minimum)}人）未満のため、近いセグメントに統合しました。`,
    en: (p) =>
      `A group of ${groupDigits(p.size)} customers (below the minimum segment size of ${p.minimum}) was merged into the nearest segments.`,
  },
  CUSTOMERS_WITHOUT_PURCHASE: {
    ja: (p) => `購入のない顧客が${groupDigits(p.count)}人います。最終購入からの日数は観測された最長の値としました。`,
    en: (p) => `${groupDigits(p.count)} customer(s) have no purchase; their recency is set to the longest observed.`,
  },
  SPEND_MEAN_INFINITE: {
    ja: '購入額のばらつきが大きく、リピートのない顧客の購入額は予測できませんでした。',
    en: 'Spend varies too much to forecast it for customers without a repeat purchase.',
  },
  SPEND_FREQUENCY_CORRELATED: {
    ja: '購入回数と平均購入額に相関があるため、購入額の予測は偏っている可能性があります。',
    en: 'Purchase count and average spend move together, so spend forecasts may be biased.',
  },
  SPEND_ZERO_EXCLUDED: {
    ja: (p) =>
      `リピート購入の金額が0の顧客${groupDigits(p.count)}人は、購入額を予測できないため顧客生涯価値から外しました。`,
    en: (p) => `${p.count} repeat buyer(s) whose repeat purchases total 0 are left out of lifetime value.`,
  },
  DROPOUT_WEAK_PRIOR: {
    ja: '離脱のしかたの違いがデータから読み取れないため、顧客生涯価値はおおまかな目安です。',
    en: 'The purchases do not show how customers drop out, so lifetime value is a rough guide.',
  },
  OPTIMIZER_NOT_CONVERGED: {
    ja: (p) =>
      `${p.model} の推定が${groupDigits(p.iterations)}回で収束しませんでした。顧客生涯価値は目安としてご覧ください。`,
    en: (p) => `The ${p.model} fit stopped after ${p.iterations} iterations; read lifetime value as a guide.`,
  },
  PHOTOS_WITHOUT_EMBEDDING: {
    ja: (p) =>
      `写真${groupDigits(p.count)}枚は特徴が未計算のためテーマから外しました。もう一度取り込むと計算されます。`,
    en: (p) =>
      `${groupDigits(p.count)} photo(s) have no embedding and are left out of the themes; import again to embed them.`,
  },
  TOO_FEW_PHOTOS_FOR_THEMES: {
    ja: '写真が少ないため視覚テーマは作らず、購買データだけで分けました。',
    en: 'Too few embedded photos to find visual themes; segments use purchases only.',
  },
  LIFETIME_VALUE_NOT_ESTIMATED: {
    ja: '購買データから顧客生涯価値を推定できませんでした（リピート購入や顧客数が足りない可能性があります）。',
    en: 'Lifetime value could not be estimated from the purchases (too few repeat buyers or customers).',
  },
  COHORTS_MERGED: {
    ja: (p) =>
      `${formatMonthRange(p.first, p.last, 'ja')}は、初めて買った人が${groupDigits(p.minimum)}人に満たない月を含むため、まとめて示しています。`,
    en: (p) =>
      `${formatMonthRange(p.first, p.last, 'en')} are shown together: they include a period with fewer than ${p.minimum} first-time buyers.`,
  },
  COHORTS_FOLDED: {
    ja: (p) => `${formatMonth(p.through, 'ja')}以前に初めて買った人（${p.months}か月分）は、1行にまとめています。`,
    en: (p) =>
      `Customers whose first purchase was in ${formatMonth(p.through, 'en')} or earlier (${p.months} months) are one row.`,
  },
  COHORT_LAST_MONTH_PARTIAL: {
    ja: (p) =>
      `データは${formatDay(p.lastDate, 'ja')}までのため、${formatMonth(p.month, 'ja')}は途中の月です。下がったように見えないよう、その月の割合は出さず「集計中」としています。`,
    en: (p) =>
      `The data ends on ${formatDay(p.lastDate, 'en')}, part-way through ${formatMonth(p.month, 'en')}: that month is marked "still running" rather than shown as a drop.`,
  },
  STORED_TEXT: {
    ja: '以前の版で保存された注記があります（詳細はログをご覧ください）。',
    en: 'A note stored by an earlier version is in the log.',
  },
};

/** One warning in the reader's language, with the k it happened at when it came from choosing k. */
export function describeNote(warning: EngineWarning, language: Language): string {
  const message = analysisNoteMessages[warning.code] as Message<EngineWarning['params']>;
  const text = translate(message, language, warning.params);
  if (warning.k === undefined) return text;
  return translate(sharedMessages.atK, language, { k: warning.k, text });
}

/** The notes line of a presentation, e.g. 「注記: …」; empty when there are none. Repeats are said once. */
export function presentNotes(warnings: readonly EngineWarning[], language: Language): string {
  if (warnings.length === 0) return '';
  const notes = [...new Set(warnings.map((warning) => describeNote(warning, language)))];
  return translate(sharedMessages.notes, language, { notes: notes.join(' ') });
}
