import type { Language } from '../../../core/language.ts';
import { localeOf, pick, translate } from '../../../core/message-catalog.ts';
import { ToolInputError } from '../../takumi-tool.ts';
import { type CampaignCostArguments, campaignMoneyFieldNames } from './campaign-cost-fields.ts';
import { moneyFieldNames, campaignTexts as texts } from './campaign-texts.ts';
import { formatMoney } from './money.ts';

/**
 * A currency's name as a reader says it (「日本円」, 「米ドル」; "Japanese yen", "US dollars"), from the
 * runtime's CLDR data: Japanese takes the display name, English the plural amount form ("in US dollars").
 */
export function currencyName(currency: string, language: Language): string {
  try {
    const name = pick(language, {
      ja: () => new Intl.DisplayNames([localeOf(language)], { type: 'currency' }).of(currency),
      en: () =>
        new Intl.NumberFormat(localeOf(language), { style: 'currency', currency, currencyDisplay: 'name' })
          .formatToParts(2)
          .find((part) => part.type === 'currency')?.value,
    })();
    return name ?? currency;
  } catch {
    return currency;
  }
}

/**
 * Refuses money amounts stated in another currency than the dataset's: "$2,000" on a yen dataset is
 * not ¥2,000, and no rate is assumed. Amounts without a currency (「予算30万」) are the dataset's; a
 * question with no money amount passes whatever currency it named. The refusal says, in the reader's
 * language, which currency the dataset is in and asks for the amount in it; the model gets the same in
 * English with what to do.
 */
export function checkCostCurrency(
  input: CampaignCostArguments & { costCurrency?: string | undefined },
  datasetCurrency: string,
  language: Language,
): void {
  const given = input.costCurrency?.toUpperCase();
  if (given === undefined || given === datasetCurrency.toUpperCase()) return;
  const amounts = campaignMoneyFieldNames.filter((field) => input[field] !== undefined);
  if (amounts.length === 0) return;
  const quoted = amounts.map((field) =>
    translate(texts.givenAmount, language, {
      field: translate(moneyFieldNames[field], language),
      money: formatMoney(input[field]!, given, language),
    }),
  );
  throw new ToolInputError(
    'TOOL_COST_CURRENCY_MISMATCH',
    `The amounts (${amounts.join(', ')}) were given in ${given}, but this dataset's money is in ${datasetCurrency}; nothing was computed. Ask the user for the amounts in ${datasetCurrency}; never convert without an exchange rate the user states.`,
    { costCurrency: given, datasetCurrency, fields: amounts },
    {
      readerMessage: translate(texts.currencyMismatch, language, {
        dataset: currencyName(datasetCurrency, language),
        datasetCode: datasetCurrency.toUpperCase(),
        given: currencyName(given, language),
        amounts: quoted.join(translate(texts.amountSeparator, language)),
      }),
    },
  );
}
