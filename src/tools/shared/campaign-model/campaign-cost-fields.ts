import { z } from 'zod';

/**
 * The campaign-cost arguments estimate_roi and draft_campaign share, so one question gives both the
 * same numbers. Money is in the dataset's currency, as plain numbers: 「費用50万円」 → totalCost 500000.
 */
export const campaignCostFields = {
  totalCost: z
    .number()
    .min(0)
    .optional()
    .describe('Whole campaign cost the user states, e.g. 「費用50万円」 → 500000. Replaces the default contact cost.'),
  budget: z
    .number()
    .min(0)
    .optional()
    .describe(
      'Spending cap the user states, e.g. 「予算30万」 → 300000, "a 200,000 yen budget" → 200000. With costPerContact it limits how many are contacted.',
    ),
  costPerContact: z
    .number()
    .min(0)
    .optional()
    .describe(
      'Cost per contacted customer, e.g. 「1人300円」 → 300, "$2 per contact" → 2. Default 1% of the average order.',
    ),
  discountRate: z
    .number()
    .min(0)
    .max(1)
    .optional()
    .describe('Discount on redeemed orders as a share, e.g. 「15%割引」 → 0.15. Paid by everyone who redeems.'),
  incentivePerRedeemer: z
    .number()
    .min(0)
    .optional()
    .describe('Fixed incentive per redeeming customer, e.g. 「500円クーポン」 → 500.'),
  fixedCost: z.number().min(0).optional().describe('Set-up cost on top of per-contact costs (design, agency).'),
  grossMargin: z
    .number()
    .min(0)
    .max(1)
    .optional()
    .describe('Share of revenue kept as gross margin, e.g. 「粗利率30%」 → 0.3. Default 40%.'),
  measuredLift: z
    .number()
    .min(-1)
    .max(1)
    .optional()
    .describe(
      'Incremental response the user measured (A/B test, previous campaign), e.g. 「リフト2%」 → 0.02. Never the share of customers who responded or are predicted to respond.',
    ),
  incrementalResponse: z
    .number()
    .min(0)
    .max(1)
    .optional()
    .describe(
      'An assumed incremental response to use instead of the default 1–4% range (base 2%): the extra share who buy because of the campaign.',
    ),
  costCurrency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .optional()
    .describe(
      "ISO 4217 code of the currency the user wrote the money amounts in (\"$2,000\" → USD, 「1人300円」 → JPY, 「2万ドル」 → USD); omit when no currency was named (the amounts are then in the dataset's currency). Amounts in another currency than the dataset's are refused, never converted silently: ask the user for the amount in the dataset's currency.",
    ),
} as const;

/** The money, share and rate values of {@link campaignCostFields} (all but the currency). */
export type CampaignCostArguments = {
  [Key in Exclude<keyof typeof campaignCostFields, 'costCurrency'>]?: number;
};

/** The money arguments of {@link campaignCostFields}: amounts in a currency (not shares or rates). */
export const campaignMoneyFieldNames = [
  'totalCost',
  'budget',
  'costPerContact',
  'incentivePerRedeemer',
  'fixedCost',
] as const satisfies readonly (keyof CampaignCostArguments)[];
