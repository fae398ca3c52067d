import type { ConversationTurn } from './conversation-turn.ts';
import { detectIntents, type OfflineIntent } from './detect-intents.ts';
import type { ArgumentHints } from './fit-arguments-to-schema.ts';
import { parseCampaignCosts } from '../engine/roi/parse-campaign-costs.ts';
import { findAbTestCounts } from './find-ab-test-counts.ts';
import { findLastSegment } from './find-last-segment.ts';
import { detectSmallTalk, type SmallTalk } from './detect-small-talk.ts';
import { findComparedPair } from './find-compared-pair.ts';
import { findThemeMentions } from './find-theme-mentions.ts';
import { asksAboutFuture, findBreakdownRequest } from './find-breakdown-request.ts';

/** One tool call the offline planner wants, before its arguments are fitted to the tool's schema. */
export interface OfflineStep {
  toolName: string;
  hints: ArgumentHints;
}

/** The plan for one question. */
export interface OfflinePlan {
  intents: OfflineIntent[];
  /** The segment the question is about: named in it, or resolved from history for 「その層」. */
  segment: number | null;
  steps: OfflineStep[];
  /** A turn that is not an analysis request, or `unmapped` when nothing in it points to a tool. */
  smallTalk: SmallTalk | 'unmapped' | null;
}

/** Tools a plan may use that an answer can do without (a Takumi without them is not missing anything). */
export const optionalOfflineTools: ReadonlySet<string> = new Set(['suggest_questions']);

/**
 * Maps a question to tool calls by keyword intents (Japanese and English alike):
 * ROI → run_segmentation (unless this conversation already ran it) then estimate_roi;
 * describe / a bare segment number → describe_cluster (run_segmentation when no segment is known);
 * predict → predict_behavior; campaign or meeting → draft_campaign (after run_segmentation when no
 * segment is known and none was run yet); churn words (解約, 離反, at risk) → assess_churn_risk (which
 * needs no churn column; predict_behavior is left for other 0/1 columns); revenue-ahead words
 * (「来月の売上」, "sales forecast") → forecast_revenue with the period named; segment words alone →
 * run_segmentation; dataset words alone → list_datasets; 「もし…したら」 / "what if" with an offer, a cost or a
 * segment → simulate_what_if (in place of estimate_roi and draft_campaign); A/B words → read_ab_test
 * with the counts or file the question gives (or when it asks for results), else design_ab_test; a definition question about a glossary term →
 * explain_term; thanks, greetings, "what can you do", off-topic and unmapped questions → a reply
 * (`smallTalk`) and, except for thanks, suggest_questions with the closest things Takumi can do. A question that refers back (「その層」, "that segment") or needs a segment
 * and names none gets the last segment of the conversation.
 */
export function planOfflineSteps(question: string, history: readonly ConversationTurn[]): OfflinePlan {
  const detected = detectIntents(question);
  const smallTalk = detectSmallTalk(question);
  // 「CLVって何？」 asks what a word means, even when the word is also an analysis (「ROIって何？」).
  if (smallTalk === 'glossary')
    return {
      intents: detected.intents,
      segment: null,
      steps: [{ toolName: 'explain_term', hints: { text: question } }],
      smallTalk,
    };
  const intents = new Set(detected.intents);
  // 「やるべき？」 / "should we" about a campaign is a return question as much as a draft.
  if (
    intents.has('campaign') &&
    /やるべき|すべき|やる価値|実施すべき|should we|worth it|worth doing/u.test(question.normalize('NFKC').toLowerCase())
  )
    intents.add('roi');
  // Costs in the question go to every tool that takes them, so estimate_roi and draft_campaign agree.
  // The amounts' currency goes with them: a tool refuses "$2,000" on a yen dataset rather than reading ¥2,000.
  const { currency: costCurrency, ...costs } = parseCampaignCosts(question);
  // A question that names money (「予算30万で何ができる？」) asks about a return even without the word ROI.
  const namesMoney = ['totalCost', 'budget', 'costPerContact', 'discountRate', 'incentivePerRedeemer'].some(
    (field) => field in costs,
  );
  // 「もし20%割引をS2に出したら？」 is a what-if: its simulation answers the return, so no separate ROI,
  // campaign draft or prediction (a meeting still gets draft_campaign's sentences).
  // An A/B question is designed or read out by the A/B tools, not estimated or simulated.
  const abTest = intents.has('ab-test') && !intents.has('export') ? findAbTestCounts(question) : null;
  // 「S2をCSVで書き出して」 asks for the list itself: no analysis of it.
  if (intents.has('export'))
    for (const intent of ['roi', 'campaign', 'predict', 'describe', 'what-if'] as const) intents.delete(intent);
  if (abTest)
    for (const intent of ['roi', 'campaign', 'predict', 'describe', 'what-if'] as const) intents.delete(intent);
  // 「S1とS2の違いは？」 compares the two, rather than describing the first.
  const compared = findComparedPair(question, abTest ? null : findLastSegment(history));
  if (compared) for (const intent of ['describe', 'segmentation', 'predict'] as const) intents.delete(intent);
  // 「…出したらROIは？」 names the ROI itself: only もし / 仮に / "what if" make that one a what-if.
  const explicitWhatIf = /もし|仮に|what if|what would happen|what happens if|simulat|シミュレーション/u.test(
    question.normalize('NFKC').toLowerCase(),
  );
  const whatIf =
    intents.has('what-if') &&
    (explicitWhatIf || !intents.has('roi')) &&
    (namesMoney || detected.segment !== null || intents.has('campaign'));
  if (whatIf) for (const intent of ['roi', 'campaign', 'predict', 'describe'] as const) intents.delete(intent);
  else intents.delete('what-if');
  // 「高額顧客が多く投稿する写真は？」 compares themes by value; a named segment or another analysis wins.
  const otherAnalysis = (
    ['roi', 'campaign', 'meeting', 'churn', 'forecast', 'what-if', 'ab-test', 'export'] as const
  ).some((intent) => intents.has(intent));
  const themeValue = intents.has('theme-value') && detected.segment === null && !otherAnalysis && compared === null;
  if (themeValue) for (const intent of ['describe', 'predict', 'segmentation'] as const) intents.delete(intent);
  else intents.delete('theme-value');
  // 「テーマ0の特徴は？」「犬のテーマを説明して」 describe a photo theme, not a segment.
  const themes = findThemeMentions(question);
  const themeDescription =
    !themeValue &&
    compared === null &&
    themes.length === 1 &&
    detected.segment === null &&
    !otherAnalysis &&
    !intents.has('predict')
      ? themes[0]!
      : null;
  if (themeDescription) intents.delete('describe');
  // 「地域別の売上は？」「月別の売上推移」 "weekly orders": break_down_sales, unless another analysis is asked
  // for (「来月の売上」 stays a forecast, 「セグメント別」 a segmentation).
  const breakdown =
    compared === null && detected.segment === null && !themeDescription && !namesMoney
      ? findBreakdownRequest(question)
      : null;
  const breakdownAsked =
    breakdown !== null &&
    !(
      [
        'roi',
        'campaign',
        'meeting',
        'churn',
        'what-if',
        'ab-test',
        'export',
        'theme-value',
        'segmentation',
        'predict',
        'cohort',
      ] as const
    ).some((intent) => intents.has(intent)) &&
    !(intents.has('forecast') && asksAboutFuture(question));
  if (breakdownAsked) {
    for (const intent of ['describe', 'forecast', 'list-datasets'] as const) intents.delete(intent);
    intents.add('breakdown');
  }
  if (namesMoney && !whatIf && !abTest && !intents.has('campaign') && !intents.has('meeting')) intents.add('roi');
  const analysis =
    (
      [
        'roi',
        'campaign',
        'meeting',
        'predict',
        'describe',
        'churn',
        'forecast',
        'what-if',
        'ab-test',
        'export',
        'theme-value',
        'breakdown',
      ] as const
    ).some((intent) => intents.has(intent)) ||
    compared !== null ||
    themeDescription !== null;
  if (detected.segment !== null && !analysis) intents.add('describe');
  const needsSegment = intents.has('describe') || intents.has('campaign') || intents.has('meeting');
  const segment = detected.segment ?? (detected.refersBack || needsSegment ? findLastSegment(history) : null);
  const segmented = history.some((turn) =>
    turn.toolResults?.some((result) => result.name === 'run_segmentation' && result.ok),
  );
  const forMeeting = intents.has('meeting');
  const steps: OfflineStep[] = [];
  const add = (toolName: string, hints: ArgumentHints): void => {
    if (!steps.some((step) => step.toolName === toolName))
      steps.push({ toolName, hints: { forMeeting, costs, costCurrency, ...hints } });
  };
  const segmentation = (): void => add('run_segmentation', { segmentCount: detected.segmentCount });
  if (compared)
    add('compare_segments', {
      named: {
        ...(compared.kind === 'theme' ? { kind: 'theme' } : {}),
        first: compared.first,
        second: compared.second,
      },
    });
  if (intents.has('roi')) {
    if (!segmented) segmentation();
    add('estimate_roi', { segment });
  }
  if (intents.has('describe')) {
    // 「解約しそうな顧客の特徴は？」 is answered by the churn tool's own profile.
    if (segment === null) {
      if (!intents.has('churn') && !intents.has('forecast')) segmentation();
    } else add('describe_cluster', { segment });
  }
  if (themeDescription)
    add('describe_cluster', {
      named: {
        kind: 'theme',
        ...('id' in themeDescription ? { id: themeDescription.id } : { themeName: themeDescription.name }),
      },
    });
  if (themeValue) add('compare_theme_value', { named: themeValueArguments(question, detected.behavior) });
  if (intents.has('export'))
    add('export_audience', { segment: detected.segment ?? (detected.refersBack ? segment : null) });
  if (abTest) {
    const readout =
      abTest.counts !== null ||
      abTest.resultsFile !== null ||
      /結果|result|readout|判定|有意|significan|勝った|won\b/u.test(question.normalize('NFKC').toLowerCase());
    if (readout)
      add('read_ab_test', {
        named: { ...(abTest.counts ?? {}), ...(abTest.resultsFile ? { resultsFile: abTest.resultsFile } : {}) },
      });
    else
      add('design_ab_test', {
        segment: detected.segment ?? (detected.refersBack ? segment : null),
        named: abTest.minimumDetectableLift === null ? {} : { minimumDetectableLift: abTest.minimumDetectableLift },
      });
  }
  if (intents.has('what-if'))
    add('simulate_what_if', { segment: detected.segment ?? (detected.refersBack ? segment : null) });
  if (intents.has('churn'))
    add('assess_churn_risk', { segment: detected.segment, periodMonths: detected.periodMonths });
  if (intents.has('forecast')) add('forecast_revenue', { periodMonths: detected.periodMonths });
  // 「コホート別の継続率」 / "retention by first-purchase month": from purchases alone, no segmentation.
  if (intents.has('cohort')) add('cohort_retention', {});
  if (breakdownAsked && breakdown)
    add('break_down_sales', {
      named: {
        by: breakdown.by,
        measure: breakdown.measure,
        ...(breakdown.months === null ? {} : { months: breakdown.months }),
        ...(breakdown.weeks === null ? {} : { weeks: breakdown.weeks }),
      },
    });
  // Churn is answered from purchases by assess_churn_risk; a churn "prediction" would need a column.
  const churnOnly = intents.has('churn') && (detected.behavior === null || detected.behavior === 'churned');
  const forecastOnly = intents.has('forecast') && detected.behavior !== 'responded';
  if (intents.has('predict') && !churnOnly && !forecastOnly)
    add('predict_behavior', { segment, behavior: detected.behavior });
  if (intents.has('campaign') || intents.has('meeting')) {
    if (segment === null && !segmented) segmentation();
    add('draft_campaign', { segment });
  }
  if (steps.length === 0 && intents.has('segmentation')) segmentation();
  if (steps.length === 0 && intents.has('list-datasets')) add('list_datasets', {});
  if (steps.length > 0) return { intents: [...intents], segment, steps, smallTalk: null };
  // Nothing to analyse: thanks get a reply; anything else also gets the closest questions Takumi can answer.
  const kind = smallTalk ?? 'unmapped';
  // The suggestions quote the figures the question carried (segment, discount, budget, period).
  if (kind !== 'thanks')
    add('suggest_questions', {
      text: question,
      // The segment the question names, else the one this conversation was about.
      segment: detected.segment ?? findLastSegment(history),
      periodMonths: detected.periodMonths,
    });
  return { intents: [...intents], segment, steps, smallTalk: kind };
}

/** Who counts as valuable in a themes-by-value question: responders, big spenders, else high CLV. */
function themeValueArguments(question: string, behavior: string | null): Record<string, string> {
  const text = question.normalize('NFKC').toLowerCase();
  if (behavior === 'responded' || /反応|respond/u.test(text)) return { measure: 'behavior', behavior: 'responded' };
  if (/高額|売上|購入額|spend|spenders|revenue/u.test(text)) return { measure: 'spend' };
  return { measure: 'lifetimeValue' };
}
