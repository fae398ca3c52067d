import { defineMessages } from '../../core/message-catalog.ts';
import type { EvidenceStrength } from '../../engine/themes/compare-theme-reach.ts';
import { groupDigits } from '../../core/format/format-count.ts';

type BaseParams = { group: string; photoCustomers: number; valuable: number; leftOut: number };
type RowParams = {
  name: string;
  lift: string;
  valuableShare: string;
  otherShare: string;
  posters: number;
  evidence: string;
};

type BehaviorColumn = { dataset: string; column: string; columns: string };

/** compare_theme_value's texts for people; figures arrive formatted (money in the dataset's currency). */
export const themeValueMessages = defineMessages({
  behaviorColumnUnknown: {
    ja: (p: BehaviorColumn) =>
      `${p.dataset}には、0/1で記録された${p.column}という顧客の列がありません。使える列: ${p.columns}。`,
    en: (p: BehaviorColumn) =>
      `${p.dataset} has no yes/no (0/1) customer column ${p.column}. Columns that can be used: ${p.columns}.`,
  },
  noBehaviorColumn: {
    ja: (p: BehaviorColumn) =>
      `${p.dataset}には、0/1で記録された顧客の列がありません（${p.column}も）。顧客価値か購入額で比べることはできます。`,
    en: (p: BehaviorColumn) =>
      `${p.dataset} has no yes/no (0/1) customer column (nor ${p.column}). I can compare by customer value or spend instead.`,
  },
  groupClv: {
    ja: (p: { top: string; threshold: string }) => `顧客生涯価値（CLV）が上位${p.top}（${p.threshold}以上）の優良顧客`,
    en: (p: { top: string; threshold: string }) => `the top ${p.top} by 12-month CLV (${p.threshold} or more)`,
  },
  groupSpend: {
    ja: (p: { top: string; threshold: string }) => `累計購入額が上位${p.top}（${p.threshold}以上）の顧客`,
    en: (p: { top: string; threshold: string }) => `the top ${p.top} by total spend (${p.threshold} or more)`,
  },
  groupBehavior: {
    ja: (p: { column: string }) => `「${p.column}」が1の顧客`,
    en: (p: { column: string }) => `customers with ${p.column} = 1`,
  },
  base: {
    ja: (p: BaseParams) =>
      `写真を投稿した顧客 ${groupDigits(p.photoCustomers)}人のうち、${p.group}は ${groupDigits(p.valuable)}人です。各テーマを投稿した人の割合を、この人たちとほかの投稿者で比べました${p.leftOut > 0 ? `（写真のない顧客 ${groupDigits(p.leftOut)}人は比較に含めていません）` : ''}。`,
    en: (p: BaseParams) =>
      `Of the ${groupDigits(p.photoCustomers)} customers who posted photos, ${p.valuable} are ${p.group}. For each theme I compared the share of them who posted it with the share of the other posters${p.leftOut > 0 ? ` (${groupDigits(p.leftOut)} customers without photos are not in the comparison)` : ''}.`,
  },
  tooFew: {
    ja: (p: { minimum: number }) =>
      `比べる2つのグループのどちらかが${groupDigits(p.minimum)}人未満のため、プライバシー保護のためテーマ別の比較は示しません。`,
    en: (p: { minimum: number }) =>
      `One of the two groups has fewer than ${groupDigits(p.minimum)} customers, so no theme comparison is shown, to protect their privacy.`,
  },
  noThemes: {
    ja: '名前を出せるほど多くの顧客が投稿したテーマがありません。',
    en: 'No theme was posted by enough customers to be named.',
  },
  row: {
    ja: (p: RowParams) =>
      `• ${p.name}: ${p.lift}（優良顧客の${p.valuableShare}、ほかの投稿者の${p.otherShare}が投稿、投稿者 ${groupDigits(p.posters)}人）— ${p.evidence}`,
    en: (p: RowParams) =>
      `• ${p.name}: ${p.lift} (posted by ${p.valuableShare} of them vs ${p.otherShare} of the other posters; ${p.posters} posters) — ${p.evidence}`,
  },
  liftTimes: { ja: (p: { value: string }) => `${p.value}倍`, en: (p: { value: string }) => `×${p.value}` },
  onlyValuable: { ja: 'ほかの投稿者にはなし', en: 'no other poster' },
  meanValue: {
    ja: (p: { name: string; posters: string; others: string; measure: string }) =>
      `${p.name}を投稿した人の平均${p.measure}は ${p.posters}（ほかの投稿者は ${p.others}）。`,
    en: (p: { name: string; posters: string; others: string; measure: string }) =>
      `Posters of ${p.name} have a mean ${p.measure} of ${p.posters} (other posters ${p.others}).`,
  },
  measureClv: { ja: 'CLV', en: '12-month CLV' },
  measureSpend: { ja: '累計購入額', en: 'total spend' },
  headlineOver: {
    ja: (p: { name: string; lift: string }) => `優良顧客に特に多いのは${p.name}です（ほかの投稿者の${p.lift}）。`,
    en: (p: { name: string; lift: string }) =>
      `What sets these customers apart most is ${p.name} (${p.lift} the share among other posters).`,
  },
  headlineWeak: {
    ja: (p: { name: string; lift: string }) =>
      `優良顧客とほかの投稿者の差が最も大きいのは${p.name}（${p.lift}）ですが、根拠は弱く偶然の可能性があります。`,
    en: (p: { name: string; lift: string }) =>
      `The biggest difference is ${p.name} (${p.lift} the share among other posters), but the evidence is weak: it could be chance.`,
  },
  headlineNone: {
    ja: 'どのテーマも、優良顧客とほかの投稿者で投稿する割合に大きな差はありません（1.2倍未満）。',
    en: 'No theme is posted much more by these customers than by the other posters (all under ×1.2).',
  },
  evidenceNote: {
    ja: (p: { themes: number }) =>
      `根拠の強さ: ${p.themes}テーマを同時に比べたため、偶然の差を割り引いて判定しています（強い / 中程度 / 弱い）。「弱い」は偶然でも起こりうる差で、施策の根拠にはA/Bテストで確かめてください。見た目の傾向であって、写真が購入の原因とは限りません。`,
    en: (p: { themes: number }) =>
      `Strength of evidence: ${p.themes} themes were compared at once, so chance differences are discounted (strong / moderate / weak). "Weak" differences can happen by chance: confirm with an A/B test before acting. It is an association, not proof that the photos cause the spending.`,
  },
  withheld: {
    ja: (p: { count: number; minimum: number }) =>
      `（投稿者が${groupDigits(p.minimum)}人未満の${p.count}テーマは名前を出していません）`,
    en: (p: { count: number; minimum: number }) =>
      `(${p.count} theme(s) posted by fewer than ${groupDigits(p.minimum)} customers are not named.)`,
  },
  next: {
    ja: '次に「このテーマを投稿する層にキャンペーンをやるべき？」や「セグメントごとの特徴は？」と聞けます。',
    en: 'Next you can ask "which segment posts these photos most?" or "should we run a campaign for that segment?"',
  },
});

/** Evidence strength in words. */
export const evidenceWords: Record<EvidenceStrength, { ja: string; en: string }> = {
  strong: { ja: '根拠は強い', en: 'strong evidence' },
  moderate: { ja: '根拠は中程度', en: 'moderate evidence' },
  weak: { ja: '根拠は弱い（偶然の可能性あり）', en: 'weak evidence (could be chance)' },
};
