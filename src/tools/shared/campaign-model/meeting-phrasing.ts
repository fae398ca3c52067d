import type { Language } from '../../../core/language.ts';
import { localeOf, translate } from '../../../core/message-catalog.ts';
import { breakEvenWords, type CampaignFormat, campaignFormat } from './campaign-messages.ts';
import type { SegmentCampaign } from './estimate-segment-campaign.ts';
import { meetingMessages as messages } from './meeting-messages.ts';

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
  const perArm = testPlan.sampleSize?.perArm ?? null;
  const sentences: string[] = [
    translate(messages.opening, language, {
      label: campaign.label,
      count: estimate.targeting.contacts.toLocaleString(localeOf(language)),
      goal,
      roi: f.roi(base.roi),
      cost: f.money(base.cost),
      margin: f.money(base.incrementalMargin),
    }),
  ];
  if (estimate.outlook === 'positive') {
    sentences.push(
      translate(messages.positive, language, {
        lowResponse: f.percent(low.incrementalResponse),
        lowRoi: f.roi(low.roi),
        breakEven: breakEvenWords(estimate, f),
      }),
    );
  } else if (estimate.outlook === 'uncertain') {
    sentences.push(
      translate(messages.uncertain, language, { lowRoi: f.roi(low.roi), breakEven: breakEvenWords(estimate, f) }),
    );
  } else {
    sentences.push(negativeSentence(campaign, f));
  }
  sentences.push(testSentence(campaign, f, perArm));
  if (campaign.prediction && estimate.outlook !== 'negative') sentences.push(translate(messages.ranked, language));
  sentences.push(translate(messages.privacy, language));
  return sentences.slice(0, 5);
}

function negativeSentence(campaign: SegmentCampaign, f: CampaignFormat): string {
  const { estimate } = campaign;
  const reachable = estimate.breakEvenResponse !== null && estimate.breakEvenResponse <= 1;
  if (!reachable) return translate(messages.neverPaysBack, f.language);
  return translate(messages.needsResponse, f.language, {
    breakEven: f.percent(estimate.breakEvenResponse!),
    assumed: f.percent(estimate.base.incrementalResponse),
  });
}

function testSentence(campaign: SegmentCampaign, f: CampaignFormat, perArm: number | null): string {
  const { estimate, testPlan } = campaign;
  const locale = localeOf(f.language);
  if (estimate.outlook === 'negative') {
    // The most the campaign may cost to break even in the base case is the margin it brings.
    const ceiling = f.money(Math.max(0, estimate.base.incrementalMargin));
    // Only a campaign that gives a discount or incentive can drop it; otherwise the lever is cost or audience.
    const paysRedeemers = estimate.assumptions.some(
      (assumption) => assumption.key === 'discountRate' || assumption.key === 'incentivePerRedeemer',
    );
    return translate(paysRedeemers ? messages.lowerCostOrDiscount : messages.lowerCostOrAudience, f.language, {
      ceiling,
    });
  }
  if (perArm !== null && testPlan.fits)
    return translate(messages.abTest, f.language, { perArm: perArm.toLocaleString(locale) });
  return translate(messages.pilot, f.language, {
    size: campaign.size.toLocaleString(locale),
    uplift: f.percent(estimate.base.incrementalResponse),
    perArm: perArm === null ? null : perArm.toLocaleString(locale),
  });
}
