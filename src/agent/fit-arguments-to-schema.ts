import type { z } from 'zod';
import { segmentArgumentNames } from './find-last-segment.ts';
import { objectShape } from './object-shape.ts';
import type { Language } from '../core/language.ts';

/** What the offline planner knows about a call, independent of any one tool's argument names. */
export interface ArgumentHints {
  segment?: number | null;
  /** How many segments to make. */
  segmentCount?: number | null;
  /** The 0/1 behavior to predict, e.g. "churned". */
  behavior?: string | null;
  /** The question's own text, for tools that take it (a glossary term, the question to find neighbours of). */
  text?: string | null;
  /** A forecast period in whole months. */
  periodMonths?: number | null;
  dataset?: string | null;
  language?: Language;
  /** The answer is for a meeting with executives. */
  forMeeting?: boolean;
  /** Arguments the planner read for one tool, placed by their own names (e.g. an A/B test's counts). */
  named?: Readonly<Record<string, number | string>>;
  /** Costs, budget, discount, margin and lift stated in the question ({@link parseCampaignCosts}). */
  costs?: Partial<Record<CampaignCostField, number>>;
  /** ISO 4217 code of the currency the question's amounts are in ("$2,000" → USD); null when none was named. */
  costCurrency?: string | null;
}

/** Cost arguments the planner fills by their own names (estimate_roi and draft_campaign share them). */
export const campaignCostFieldNames = [
  'totalCost',
  'budget',
  'costPerContact',
  'discountRate',
  'incentivePerRedeemer',
  'fixedCost',
  'grossMargin',
  'measuredLift',
] as const;
type CampaignCostField = (typeof campaignCostFieldNames)[number];
const moneyFieldNames: ReadonlySet<string> = new Set([
  'totalCost',
  'budget',
  'costPerContact',
  'incentivePerRedeemer',
  'fixedCost',
]);

const aliases = {
  segmentCount: ['segments', 'segmentCount', 'k', 'clusters', 'clusterCount'],
  behavior: ['target', 'behavior', 'column'],
  periodMonths: ['periodMonths', 'months', 'horizonMonths'],
  text: ['term', 'question', 'text'],
  dataset: ['dataset', 'datasetName', 'dataset_name'],
  language: ['language', 'lang', 'locale'],
  meetingFlag: ['forMeeting', 'meeting', 'executiveSummary', 'forExecutives'],
} as const;
const meetingChoices: [string[], string[]][] = [
  [
    ['audience', 'tone'],
    ['executive', 'executives', 'board', 'meeting'],
  ],
  [
    ['format', 'style', 'mode', 'output'],
    ['meeting', 'executive', 'talking_points', 'talking-points', 'talkingPoints'],
  ],
];

/**
 * Builds arguments for a tool the planner did not write: each hint goes to the first field of the
 * tool's zod object schema whose name is a known alias and whose own schema accepts the value (a
 * segment may be a number or a string; an enum must list the value). A segment also fills
 * `{ kind: 'segment', id }` for tools that describe segments and themes alike. Fields the schema
 * lacks are left out, so tools keep their defaults; the tool runner still validates the result.
 */
export function fitArgumentsToSchema(schema: z.ZodType, hints: ArgumentHints): Record<string, unknown> {
  const shape = objectShape(schema);
  if (!shape) return {};
  const fitted: Record<string, unknown> = {};
  const place = (names: readonly string[], candidates: readonly unknown[]): boolean => {
    for (const name of names) {
      const field = shape[name];
      if (!field || name in fitted) continue;
      const accepted = candidates.find((candidate) => field.safeParse(candidate).success);
      if (accepted !== undefined) {
        fitted[name] = accepted;
        return true;
      }
    }
    return false;
  };
  if (hints.segment !== undefined && hints.segment !== null) {
    const candidates = [hints.segment, String(hints.segment)];
    if (!place(segmentArgumentNames, candidates) && place(['kind'], ['segment'])) place(['id'], candidates);
  }
  if (hints.segmentCount) place(aliases.segmentCount, [hints.segmentCount]);
  if (hints.behavior) place(aliases.behavior, [hints.behavior]);
  if (hints.periodMonths) place(aliases.periodMonths, [hints.periodMonths]);
  if (hints.text) place(aliases.text, [hints.text, hints.text.slice(0, 200)]);
  if (hints.dataset) place(aliases.dataset, [hints.dataset]);
  if (hints.language) place(aliases.language, [hints.language]);
  for (const [name, value] of Object.entries(hints.named ?? {})) place([name], [value]);
  // Amounts in a named currency go only to a tool that takes the currency too (and refuses one other than
  // the dataset's); a tool without it would read "$2,000" as 2,000 in the dataset's currency.
  const currencyKnown = !hints.costCurrency || 'costCurrency' in shape;
  for (const name of campaignCostFieldNames) {
    const value = hints.costs?.[name];
    if (value !== undefined && (currencyKnown || !moneyFieldNames.has(name))) place([name], [value]);
  }
  if (hints.costCurrency && Object.keys(hints.costs ?? {}).length > 0) place(['costCurrency'], [hints.costCurrency]);
  if (hints.forMeeting && !place(aliases.meetingFlag, [true])) {
    for (const [names, values] of meetingChoices) if (place(names, values)) break;
  }
  return fitted;
}
