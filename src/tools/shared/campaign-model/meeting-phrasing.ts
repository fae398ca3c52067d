import type { Language } from '../../../core/language.ts';
import { pick } from '../../../core/message-catalog.ts';
import { breakEvenWords, type CampaignFormat, campaignFormat } from './campaign-messages.ts';
import type { SegmentCampaign } from './estimate-segment-campaign.ts';

/**
 * 3–5 sentences an executive can say in a meeting, written from this campaign's own figures so they
 * never contradict them: a campaign that pays back at the low response, one that pays back only in
 * the base case, one that does not, and one whose segment is too small for a conclusive A/B test
 * each read differently; the segment's name and numbers make them differ between segments.
 */
export function meetingPhrasing(campaign: SegmentCampaign, goal: string, language: Language): string[] {
  const f = campaignFormat(campaign.currency, language);
  const { estimate, testPlan } = campaign;
  const { base, low } = estimate;
  const contacts = estimate.targeting.contacts;
  const perArm = testPlan.sampleSize?.perArm ?? null;
  const ja = pick(language, { ja: true, en: false });
  const count = contacts.toLocaleString(ja ? 'ja-JP' : 'en-US');
  const sentences: string[] = [
    ja
      ? `${campaign.label}の${count}人に「${goal}」のキャンペーンを行うと、基準の想定でROIは${f.roi(base.roi)}、費用${f.money(base.cost)}に対して増分粗利は${f.money(base.incrementalMargin)}です。`
      : `Running a campaign to ${goal} for the ${count} customers in ${campaign.label} gives an ROI of ${f.roi(base.roi)} in the base case: ${f.money(base.incrementalMargin)} extra margin for ${f.money(base.cost)}.`,
  ];
  if (estimate.outlook === 'positive') {
    sentences.push(
      ja
        ? `増分反応率が低めの${f.percent(low.incrementalResponse)}でもROIは${f.roi(low.roi)}で黒字、${breakEvenWords(estimate, f)}です。`
        : `Even at a low ${f.percent(low.incrementalResponse)} incremental response it stays profitable (${f.roi(low.roi)}); ${breakEvenWords(estimate, f)}.`,
    );
  } else if (estimate.outlook === 'uncertain') {
    sentences.push(
      ja
        ? `ただし${breakEvenWords(estimate, f)}で、上乗せがそれを下回ると赤字（低位の想定でROI ${f.roi(low.roi)}）なので、前提の確認が先です。`
        : `But ${breakEvenWords(estimate, f)}: below that it loses money (${f.roi(low.roi)} in the low case), so the assumption must be checked first.`,
    );
  } else {
    sentences.push(negativeSentence(campaign, f));
  }
  sentences.push(testSentence(campaign, f, perArm));
  if (campaign.prediction && estimate.outlook !== 'negative') {
    sentences.push(
      ja
        ? '配信先は予測で反応しやすい順に並べ、上位から選びます。'
        : 'We will rank customers by the prediction and contact the most likely responders first.',
    );
  }
  sentences.push(
    ja
      ? '分析は集計値だけで行い、個人を特定できる情報は社外に出していません。'
      : 'The analysis uses aggregates only; no personal data leaves our systems.',
  );
  return sentences.slice(0, 5);
}

function negativeSentence(campaign: SegmentCampaign, f: CampaignFormat): string {
  const { estimate } = campaign;
  const ja = pick(f.language, { ja: true, en: false });
  const reachable = estimate.breakEvenResponse !== null && estimate.breakEvenResponse <= 1;
  if (!reachable) {
    return ja
      ? 'この条件ではどの反応率でも費用を回収できないため、このままでは実施しない判断になります。'
      : 'On these terms no response rate pays it back, so as planned we should not run it.';
  }
  return ja
    ? `この条件では費用を回収できず、黒字にするには増分反応率${f.percent(estimate.breakEvenResponse!)}が必要です（基準の想定は${f.percent(estimate.base.incrementalResponse)}）。`
    : `On these terms it does not pay back: it would need ${f.percent(estimate.breakEvenResponse!)} incremental response against ${f.percent(estimate.base.incrementalResponse)} assumed.`;
}

function testSentence(campaign: SegmentCampaign, f: CampaignFormat, perArm: number | null): string {
  const { estimate, testPlan } = campaign;
  const ja = pick(f.language, { ja: true, en: false });
  if (estimate.outlook === 'negative') {
    // The most the campaign may cost to break even in the base case is the margin it brings.
    const ceiling = Math.max(0, estimate.base.incrementalMargin);
    // Only a campaign that gives a discount or incentive can drop it; otherwise the lever is cost or audience.
    const paysRedeemers = estimate.assumptions.some(
      (assumption) => assumption.key === 'discountRate' || assumption.key === 'incentivePerRedeemer',
    );
    if (!paysRedeemers) {
      return ja
        ? `進めるなら費用を${f.money(ceiling)}以下に抑えるか、対象を絞るなど、条件を見直してから再検討します。`
        : `To go ahead we would need to bring the cost under ${f.money(ceiling)} or narrow the audience, then look again.`;
    }
    return ja
      ? `進めるなら費用を${f.money(ceiling)}以下に抑えるか、割引をやめて案内だけにするなど、条件を見直してから再検討します。`
      : `To go ahead we would need to bring the cost under ${f.money(ceiling)} or drop the discount, then look again.`;
  }
  if (perArm !== null && testPlan.fits) {
    return ja
      ? `まず各群${perArm.toLocaleString('ja-JP')}人のA/Bテスト（対照群との比較）で上乗せ効果を確かめ、確認できたら層全体に広げます。`
      : `We first confirm the uplift with an A/B test of ${perArm.toLocaleString('en-US')} customers per arm against a control group, then roll out to the whole segment.`;
  }
  const needed =
    perArm === null
      ? ''
      : ja
        ? `（各群${perArm.toLocaleString('ja-JP')}人が必要）`
        : ` (it needs ${perArm.toLocaleString('en-US')} per arm)`;
  return ja
    ? `${campaign.size.toLocaleString('ja-JP')}人では上乗せ${f.percent(estimate.base.incrementalResponse)}を統計的に確かめるA/Bテストができない${needed}ため、一部を対照群に残すパイロットで方向性を見てから判断します。`
    : `With ${campaign.size.toLocaleString('en-US')} customers a conclusive A/B test of a ${f.percent(estimate.base.incrementalResponse)} uplift is not possible${needed}, so we run a pilot with a hold-out group to read the direction first.`;
}
