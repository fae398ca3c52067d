/** What `by` names: a period unit, or a customer column as it is spelled in the data. */
export type BreakdownTarget = { kind: 'month' } | { kind: 'week' } | { kind: 'column'; column: string };

/** Words for the period units, as a model or the planner may pass them. */
const monthWords = /^(?:months?|monthly|by month|月|月別|月ごと|毎月|月次)$/u;
const weekWords = /^(?:weeks?|weekly|by week|週|週別|週ごと|毎週|週次)$/u;

/**
 * Words people use for a kind of customer column, in Japanese and English; a word of a set finds a
 * column named by any word of the same set (「地域」 finds `region`, "prefecture" finds 都道府県).
 */
const synonymSets: readonly (readonly string[])[] = [
  [
    'region',
    'area',
    'prefecture',
    'state',
    'location',
    'territory',
    '地域',
    '地方',
    'エリア',
    '都道府県',
    '県',
    '地区',
  ],
  ['age', 'ages', 'age group', 'age band', 'agegroup', '年齢', '年代', '年齢層', '年齢帯', '歳'],
  ['gender', 'sex', '性別', '男女'],
  ['plan', 'tier', 'membership', 'rank', 'プラン', '会員ランク', 'ランク', '会員種別', 'コース'],
  ['channel', 'source', 'チャネル', 'チャネル別', '流入元', '経路'],
  ['city', '市区町村', '都市'],
  ['store', 'shop', '店舗', '店'],
  ['category', 'カテゴリ', 'カテゴリー', '分類'],
  // Personal columns too, so 「名前別」 finds `name` and is refused as personal, not as unknown.
  ['name', 'names', 'full name', '名前', '氏名', 'お名前', '顧客名'],
  ['email', 'e mail', 'mail', 'メール', 'メールアドレス'],
  ['phone', 'tel', 'telephone', '電話', '電話番号'],
  ['address', '住所'],
];

function fold(text: string): string {
  return text
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/gu, ' ')
    .replace(/(?:別|ごと|毎)$/u, '');
}

/**
 * Reads `by`: month or week words, else the customer column it names — the same name (any case,
 * width or separator), else a column of the same kind (地域 → region, 年代 → age), else the one column
 * whose name contains the word. Null when no column matches.
 */
export function findBreakdownTarget(by: string, columns: readonly string[]): BreakdownTarget | null {
  const wanted = fold(by);
  if (monthWords.test(by.normalize('NFKC').trim().toLowerCase()) || monthWords.test(wanted)) return { kind: 'month' };
  if (weekWords.test(by.normalize('NFKC').trim().toLowerCase()) || weekWords.test(wanted)) return { kind: 'week' };
  const exact = columns.find((column) => fold(column) === wanted);
  if (exact !== undefined) return { kind: 'column', column: exact };
  const set = synonymSets.find((words) => words.some((word) => fold(word) === wanted));
  if (set) {
    const folded = new Set(set.map(fold));
    const same = columns.find((column) => folded.has(fold(column)));
    if (same !== undefined) return { kind: 'column', column: same };
  }
  const containing = columns.filter((column) => wanted.length >= 2 && fold(column).includes(wanted));
  return containing.length === 1 ? { kind: 'column', column: containing[0]! } : null;
}

/** Whether a column holds ages (its 10-year bands read 20代 / 20s). */
export function isAgeColumn(column: string): boolean {
  const folded = fold(column);
  return /(?:^|\s)age(?:$|\s)|年齢|年代/u.test(folded);
}

/** The kind of a column by its name (`region` for 地域, エリア, prefecture …), for its readable name; null when unknown. */
export function columnKind(column: string): string | null {
  const folded = fold(column);
  return synonymSets.find((words) => words.some((word) => fold(word) === folded))?.[0] ?? null;
}
