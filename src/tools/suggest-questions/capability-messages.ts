import { defineMessages } from '../../core/message-catalog.ts';
import { groupDigits } from '../../core/format/format-count.ts';

type Customers = { customers: number };
type Segment = { segment: string };
type Discount = { segment: string; percent: number };
type Budget = { budget: string };
type Months = { months: number };

/** Example questions, one entry per capability and per figure the example can carry. */
export const capabilityMessages = defineMessages({
  churn: {
    ja: (p: Customers) => `「顧客${groupDigits(p.customers)}人のうち、解約しそうな優良顧客は何人？」`,
    en: (p: Customers) =>
      `"How many of our ${groupDigits(p.customers)} customers are valuable but at risk of leaving?"`,
  },
  churnSegment: {
    ja: (p: Segment) => `「${p.segment}で解約しそうな優良顧客は？」`,
    en: (p: Segment) => `"Which valuable customers in ${p.segment} are at risk of leaving?"`,
  },
  roi: { ja: '「ROIが出る顧客層はどこ？」', en: '"Which segment gives the best ROI?"' },
  roiSegment: {
    ja: (p: Discount) => `「${p.segment}に${p.percent}%割引を出したらROIは？」`,
    en: (p: Discount) => `"What is the ROI of a ${p.percent}% discount for ${p.segment}?"`,
  },
  roiBudget: {
    ja: (p: Budget) => `「予算${p.budget}でROIが出る顧客層は？」`,
    en: (p: Budget) => `"Which segment pays back a budget of ${p.budget}?"`,
  },
  describe: { ja: '「顧客層に分けて、それぞれの特徴を教えて」', en: '"Segment our customers and describe each group"' },
  describeSegment: {
    ja: (p: Segment) => `「${p.segment}の特徴は？」`,
    en: (p: Segment) => `"Describe ${p.segment}"`,
  },
  forecast: { ja: '「来月の売上はどのくらいになりそう？」', en: '"What will revenue be next month?"' },
  breakdown: { ja: '「月別の売上推移は？」', en: '"Show revenue by month"' },
  forecastMonths: {
    ja: (p: Months) => `「今後${p.months}か月の売上はどのくらいになりそう？」`,
    en: (p: Months) => `"What will revenue be over the next ${p.months} months?"`,
  },
  campaign: {
    ja: '「ROIが出る層向けのキャンペーン案を作って」',
    en: '"Draft a campaign for the segment with the best ROI"',
  },
  campaignSegment: {
    ja: (p: Segment) => `「${p.segment}向けのキャンペーン案を作って」`,
    en: (p: Segment) => `"Draft a campaign for ${p.segment}"`,
  },
  whatIf: {
    ja: '「もし10%割引を全顧客に出したら？」',
    en: '"What if we give every customer 10% off?"',
  },
  whatIfSegment: {
    ja: (p: Discount) => `「もし${p.segment}に${p.percent}%割引を出したら？」`,
    en: (p: Discount) => `"What if ${p.segment} got ${p.percent}% off?"`,
  },
  abTest: { ja: '「A/Bテストの設計を」', en: '"Design an A/B test"' },
  abTestSegment: {
    ja: (p: Segment) => `「${p.segment}でA/Bテストの設計を」`,
    en: (p: Segment) => `"Design an A/B test for ${p.segment}"`,
  },
  segmentation: {
    ja: (p: Customers) => `「顧客${groupDigits(p.customers)}人を写真と購入の傾向でセグメントに分けて」`,
    en: (p: Customers) => `"Segment our ${groupDigits(p.customers)} customers by their photos and purchases"`,
  },
  meeting: { ja: '「明日の会議で使える言い方は？」', en: '"What should I say in tomorrow\'s meeting?"' },
  meetingSegment: {
    ja: (p: Segment) => `「${p.segment}について明日の会議で使える言い方は？」`,
    en: (p: Segment) => `"What should I say about ${p.segment} in tomorrow's meeting?"`,
  },
});
