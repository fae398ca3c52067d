import { findPeriodMonths } from './find-period-months.ts';
import { findSegmentMentions, segmentCountPattern } from './find-segment-mentions.ts';

/** What an offline question asks for; several can apply (「ROIが出る層の会議用の言い方」). */
export type OfflineIntent =
  | 'roi'
  | 'campaign'
  | 'meeting'
  | 'predict'
  | 'describe'
  | 'segmentation'
  | 'list-datasets'
  | 'churn'
  | 'cohort'
  | 'forecast'
  | 'what-if'
  | 'ab-test'
  | 'export'
  | 'theme-value'
  | 'breakdown';

/** The intents of a question, an explicit segment number, and whether it refers back (「その層」). */
export interface DetectedIntents {
  intents: OfflineIntent[];
  segment: number | null;
  refersBack: boolean;
  /** "into 4 segments", 「4つのセグメントに分けて」. */
  segmentCount: number | null;
  /** The 0/1 behavior a prediction is about, guessed from words: churned, responded, purchased. */
  behavior: string | null;
  /** The period a forecast is about, in months: 「来月」 → 1, "next quarter" → 3. */
  periodMonths: number | null;
}

const intentPatterns: [OfflineIntent, RegExp][] = [
  ['roi', /\broi\b|費用対効果|投資|リターン|return on investment|pay ?back|pay off|worth investing|儲か|もうか/u],
  ['campaign', /campaign|キャンペーン|施策|プロモーション|promotion|\boffers?\b|クーポン|coupon|打ち手/u],
  [
    'meeting',
    /meeting|executive|\bboard\b|\bexecs?\b|会議|役員|経営層|経営陣|上司|プレゼン|talking points|\bpitch\b|言い方|一言で/u,
  ],
  ['predict', /predict|forecast|likely|propensity|churn|\brespon(?:d|se|ds)\b|予測|反応|離反|解約|購入確率|見込み/u],
  [
    'describe',
    /describe|description|summari[sz]e|summary|overview|profile|characteri[sz]|tell me about|要約|まとめ|概要|what (?:is|are) (?:segment|cluster)|説明|特徴|どんな(?:層|人|顧客|客)|プロフィール|詳しく/u,
  ],
  [
    'churn',
    /churn|at[- ]risk|lapsing|lapsed|drift(?:ing)? away|about to leave|likely to leave|stop(?:ped)? buying|win[- ]?back|解約|離反|離脱|退会|休眠|やめそう|辞めそう|離れ(?:そう|て|た|る)|来なくな|買わなくな|リスク(?:の|が)?(?:ある|高い)顧客/u,
  ],
  [
    'forecast',
    /(?:来月|翌月|来期|来年|今後|これから|向こう|次の|先の).*(?:売上|売り上げ|収益|購入|注文)|(?:売上|売り上げ|収益).*(?:予測|見通し|見込み|どのくらい|どれくらい|いくら)|(?:revenue|sales|income).*(?:forecast|next|coming|expect|will|outlook)|(?:forecast|next (?:month|quarter|year)|coming (?:month|quarter)).*(?:revenue|sales|purchases|orders)|how much will we (?:sell|make|earn)/u,
  ],
  // Retention by first-purchase month (cohort_retention): 「コホート別の継続率」「初回購入月ごとのリピート率」.
  [
    'cohort',
    /コホート|継続率|リピート率|再購入率|定着率|cohort|retention|(?:come|came|coming|comes) back after|repeat (?:purchase )?rate|(?:初回|初めて).*(?:月|購入).*(?:リピート|継続|定着|また買|再購入|その後も買|買い続け)/u,
  ],
  [
    'ab-test',
    /a\s*\/\s*b|\bab\s*テスト|abテスト|\bab tests?\b|split test|サンプルサイズ|sample size|何人必要|how many customers (?:do )?we need/u,
  ],
  ['export', /(?<!\.)\bcsv\b|書き出|エクスポート|\bexport|ダウンロード|\bdownload|リストを(?:出|作|ください)|名簿/u],
  [
    'what-if',
    /もし|仮に|what if|what would happen|what happens if|simulat|シミュレーション|試算して|(?:出し|配っ|送っ|かけ|使っ|実施し|やっ|打っ)たら|(?:\bif we (?:give|offer|spend|send|run)\b)/u,
  ],
  [
    'theme-value',
    /(?:写真|テーマ|画像|投稿|photo|picture|image|theme|\bpost).*(?:優良|高額|上位|clv|顧客生涯価値|価値(?:の|が)高い|売上(?:の|が)(?:高い|多い)|よく買う|たくさん買う|反応(?:した|する)|ロイヤル|vip|high[- ]value|valuable|best customers|top customers|big[- ]spend|high[- ]spend|top spenders|responders|responded|loyal)|(?:優良|高額|上位|clv|顧客生涯価値|価値(?:の|が)高い|売上(?:の|が)(?:高い|多い)|よく買う|たくさん買う|反応(?:した|する)|ロイヤル|vip|high[- ]value|valuable|best customers|top customers|big[- ]spend|high[- ]spend|top spenders|responders|responded|loyal).*(?:写真|テーマ|画像|投稿|photo|picture|image|theme|\bpost)/u,
  ],
  ['segmentation', /segment|cluster|セグメント|クラスタ|顧客層|客層|グループ分け|分類|persona|ペルソナ/u],
  ['list-datasets', /datasets?|データセット|データ一覧|どんなデータ|what data|which data|データ(?:は|が)?(?:ある|何)/u],
];

const behaviors: [string, RegExp][] = [
  ['churned', /churn|離反|解約|やめ|離れ/u],
  ['responded', /respon|反応|応答/u],
  ['purchased', /purchas|\bbuy|購入|買/u],
];

const referenceBack =
  /(?:その|この|あの|同じ)(?:層|セグメント|グループ|顧客|お客|人たち|クラスタ|客層)|そこ(?:に|へ|の|で)|(?:that|this|the same|those) (?:segment|group|cluster|one|customers)|\bthem\b/u;

/**
 * Keyword intents of a Japanese or English question for the offline planner. The text is NFKC
 * normalized first, so full-width digits and letters (「セグメント３」, ＲＯＩ) count.
 */
export function detectIntents(question: string): DetectedIntents {
  const text = question.normalize('NFKC').toLowerCase();
  const intents = intentPatterns.filter(([, pattern]) => pattern.test(text)).map(([intent]) => intent);
  const count = segmentCountPattern.exec(text);
  return {
    intents,
    segment: findSegmentMentions(text)[0] ?? null,
    refersBack: referenceBack.test(text),
    segmentCount: count ? Number(count[1] ?? count[2]) : null,
    behavior: behaviors.find(([, pattern]) => pattern.test(text))?.[0] ?? null,
    periodMonths: findPeriodMonths(text),
  };
}
