/** A sales breakdown a question asks for: what by, which measure, and any lookback it names. */
export interface BreakdownRequest {
  /** 'month', 'week', or the word for a customer column as written (地域, 年代, region): the tool matches it to the data. */
  by: string;
  measure: 'revenue' | 'orders' | 'customers';
  months: number | null;
  weeks: number | null;
}

const monthWords =
  /月別|月ごと|月毎|毎月|月次|月単位|月々|by month|monthly|each month|per month|month by month|every month/u;
const weekWords = /週別|週ごと|週毎|毎週|週次|週単位|by week|weekly|each week|per week|week by week|every week/u;
/** Time words without a unit (「売上推移」, "sales trend"): a monthly trend. */
const trendWords = /推移|トレンド|動向|\btrend|over time/u;

const revenueWords = /売上|売り上げ|収益|売れ行き|\brevenue|\bsales\b|\bturnover/u;
const customerWords =
  /何人|人数|顧客数|客数|購入者数|購入客|買った人|購入した人|how many (?:people|customers)|\bcustomers\b|\bbuyers\b|\bshoppers\b/u;
const orderWords = /注文|件数|購入数|購入回数|\borders?\b|\bpurchases\b|\btransactions\b/u;

/** 「地域別」「年代ごと」: the word before 別/ごと; 性別 is a column name of its own. */
const japaneseColumn =
  /([\p{Script=Han}\p{Script=Katakana}ーa-z0-9_]+?)(?:別|ごと|毎)(?:の|に|で|は|売上|注文|顧客|購入|客|$)/u;
/** "by region", "per age group", "across regions", "for each plan". */
const englishColumn = /\b(?:by|per|across|for each|each|in each) ((?:age group|age band|[a-z][a-z0-9_]*))\b/u;
/** Customer prefixes of a column word that say nothing about the column (顧客年代 → 年代). */
const customerPrefix = /^(?:顧客|お客様|お客さま|会員|ユーザー|購入者)(?:の)?/u;
/** English words after "by" that are not a column. */
const notColumns = new Set([
  ...['the', 'a', 'an', 'how', 'much', 'far', 'then', 'way', 'now', 'day', 'days'],
  ...['segment', 'segments', 'cluster', 'clusters', 'theme', 'themes', 'customer', 'person', 'head', 'order', 'buyer'],
]);

/** Words that ask about the future: such a question is a forecast, not a breakdown of what happened. */
const futureWords =
  /来月|翌月|来期|来年|今後|これから|向こう|次の|先の|予測|見通し|見込み|forecast|\bnext\b|\bcoming\b|\bwill\b|outlook|\bexpect/u;

/** Whether a breakdown question is really a forecast (「来月の売上を月別に予測」, "monthly sales forecast"). */
export function asksAboutFuture(question: string): boolean {
  return futureWords.test(question.normalize('NFKC').toLowerCase());
}

/**
 * Reads a breakdown question (「地域別の売上は？」, 「月別の売上推移」, 「週ごとの注文数」, "revenue by
 * month", "weekly orders", "how many customers bought each month"): a `by` word (month, week, or a
 * column word) and a measure word, or a trend word with a measure (a monthly trend). The text is
 * NFKC-normalized and lower-cased first. Null when the question names no breakdown.
 */
export function findBreakdownRequest(question: string): BreakdownRequest | null {
  const text = question.normalize('NFKC').toLowerCase();
  const measure = revenueWords.test(text)
    ? 'revenue'
    : customerWords.test(text)
      ? 'customers'
      : orderWords.test(text)
        ? 'orders'
        : null;
  if (measure === null) return null;
  const by = findBy(text);
  if (by === null) return null;
  return { by, measure, ...findLookback(text) };
}

function findBy(text: string): string | null {
  if (weekWords.test(text)) return 'week';
  if (monthWords.test(text)) return 'month';
  if (/性別|男女別|gender|\bby sex\b/u.test(text)) return 'gender';
  const japanese = japaneseColumn.exec(text);
  if (japanese) {
    const word = japanese[1]!.replace(customerPrefix, '');
    if (word === '月') return 'month';
    if (word === '週') return 'week';
    if (word && !/^(?:セグメント|クラスタ|テーマ|期間|日|曜日)$/u.test(word)) return word;
  }
  const english = [...text.matchAll(new RegExp(englishColumn, 'gu'))].find((match) => !notColumns.has(match[1]!));
  if (english) {
    const word = english[1]!;
    if (/^months?$/u.test(word)) return 'month';
    if (/^weeks?$/u.test(word)) return 'week';
    // "across regions" names the column in the plural.
    return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
  }
  if (trendWords.test(text)) return 'month';
  return null;
}

function findLookback(text: string): { months: number | null; weeks: number | null } {
  const months =
    /(?:直近|過去|最近|ここ)\s*(\d{1,2})\s*(?:か月|ヶ月|カ月|ケ月|箇月|ヵ月)/u.exec(text) ??
    /\b(?:last|past|previous) (\d{1,2}) months\b/u.exec(text);
  const weeks =
    /(?:直近|過去|最近|ここ)\s*(\d{1,3})\s*週/u.exec(text) ?? /\b(?:last|past|previous) (\d{1,3}) weeks\b/u.exec(text);
  const year = /(?:直近|過去|最近|ここ)\s*1\s*年|\b(?:last|past) (?:12 months|year)\b/u.test(text);
  return {
    months: months ? Number(months[1]) : year ? 12 : null,
    weeks: weeks ? Number(weeks[1]) : null,
  };
}
