import { forecastCustomerPurchases, type PurchaseForecast } from '../../engine/churn/forecast-customer-purchases.ts';
import { quoteData } from '../../core/quote-data.ts';
import type { CustomerValueSummary } from '../../engine/clv/customer-lifetime-value.ts';
import { GammaGammaModel } from '../../engine/clv/gamma-gamma-model.ts';
import { summarizeTransactions } from '../../engine/clv/summarize-transactions.ts';
import { AnalysisError } from '../data-errors.ts';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { AttributeValue } from '../ingest/parse-attribute-column.ts';
import { loadDatasetForAnalysis } from '../ingest/load-dataset-for-analysis.ts';
import type { SegmentationAnalysis, SegmentationAssignments } from './segmentation-analysis.ts';

/** One buyer's history and next-period outlook (never sent to a model). */
export interface CustomerOutlook {
  /** Database id. */
  customerId: number;
  segment: number | null;
  summary: CustomerValueSummary;
  forecast: PurchaseForecast;
  /** Gamma-Gamma's expected value of one future purchase. */
  orderValue: number;
  pastSpend: number;
  purchases: number;
  daysSinceLastPurchase: number;
  photos: number;
  lifetimeValue: number | null;
  attributes: Record<string, AttributeValue>;
}

/** Every buyer's outlook under the segmentation run's own BG/NBD and Gamma-Gamma fits. */
export interface CustomerOutlooks {
  customers: CustomerOutlook[];
  /** Customers without any purchase, left out (BG/NBD starts at the first purchase). */
  withoutPurchases: number;
  /** Forecast horizon in weeks. */
  horizonWeeks: number;
  asOf: Date;
  purchaseModel: NonNullable<SegmentationAnalysis['lifetimeValue']>['purchaseModel'];
  spendModel: NonNullable<SegmentationAnalysis['lifetimeValue']>['spendModel'];
  /**
   * Revenue of the periods of `horizonWeeks` before the as-of date, oldest first (the last is the most
   * recent), up to six, only periods that start after the first purchase.
   */
  pastRevenue: number[];
}

const dayMilliseconds = 86_400_000;

/**
 * Reads a dataset's buyers and forecasts each one's next `horizonWeeks` with the purchase and spend
 * models the segmentation run fitted (so churn, forecast and CLV answers agree).
 *
 * @throws AnalysisError `OUTLOOK_NO_MODEL` when the run could not fit CLV (too few repeat purchases).
 */
export async function loadCustomerOutlook(input: {
  prisma: PrismaClient;
  analysis: SegmentationAnalysis;
  assignments: SegmentationAssignments;
  horizonWeeks: number;
}): Promise<CustomerOutlooks> {
  const { analysis, assignments, horizonWeeks } = input;
  const models = analysis.lifetimeValue;
  if (!models) {
    throw new AnalysisError(
      'OUTLOOK_NO_MODEL',
      `Dataset ${quoteData(analysis.datasetName)} has too few repeat purchases to model who buys again (no CLV model in run ${analysis.runId}). Import a longer purchase history.`,
      { datasetName: analysis.datasetName, runId: analysis.runId },
    );
  }
  const dataset = await loadDatasetForAnalysis(input.prisma, analysis.datasetName, { includeEmbeddings: false });
  const asOf = analysis.asOf;
  const spend = new Map<number, { total: number; count: number; last: number }>();
  for (const transaction of dataset.transactions) {
    if (transaction.date.getTime() > asOf.getTime()) continue;
    const entry = spend.get(transaction.customerId) ?? { total: 0, count: 0, last: 0 };
    entry.total += transaction.amount;
    entry.count += 1;
    entry.last = Math.max(entry.last, transaction.date.getTime());
    spend.set(transaction.customerId, entry);
  }
  const photos = new Map<number, number>();
  for (const photo of dataset.photos) photos.set(photo.customerId, (photos.get(photo.customerId) ?? 0) + 1);
  const buyers = dataset.customers.filter((customer) => spend.has(customer.id));
  const summaries = summarizeTransactions(
    buyers.map((customer) => customer.id),
    dataset.transactions,
    { asOf, unitDays: 7 },
  );
  const forecasts = forecastCustomerPurchases(models.purchaseModel, summaries, horizonWeeks);
  const spendModel = new GammaGammaModel(models.spendModel);
  const periodMilliseconds = horizonWeeks * 7 * dayMilliseconds;
  let firstPurchase = Number.POSITIVE_INFINITY;
  for (const transaction of dataset.transactions) firstPurchase = Math.min(firstPurchase, transaction.date.getTime());
  const pastRevenue: number[] = [];
  for (let back = 1; back <= 6; back += 1) {
    const start = asOf.getTime() - back * periodMilliseconds;
    if (start < firstPurchase - dayMilliseconds) break;
    pastRevenue.unshift(
      dataset.transactions
        .filter(
          (transaction) =>
            transaction.date.getTime() > start && transaction.date.getTime() <= start + periodMilliseconds,
        )
        .reduce((sum, transaction) => sum + transaction.amount, 0),
    );
  }
  return {
    customers: buyers.map((customer, index) => {
      const history = spend.get(customer.id)!;
      return {
        customerId: customer.id,
        segment: assignments.segmentByCustomer.get(customer.id) ?? null,
        summary: summaries[index]!,
        forecast: forecasts[index]!,
        orderValue: spendModel.conditionalExpectedAverageSpend(summaries[index]!),
        pastSpend: history.total,
        purchases: history.count,
        daysSinceLastPurchase: Math.max(0, (asOf.getTime() - history.last) / dayMilliseconds),
        photos: photos.get(customer.id) ?? 0,
        lifetimeValue: assignments.lifetimeValueByCustomer.get(customer.id) ?? null,
        attributes: customer.attributes,
      };
    }),
    withoutPurchases: dataset.customers.length - buyers.length,
    horizonWeeks,
    asOf,
    purchaseModel: models.purchaseModel,
    spendModel: models.spendModel,
    pastRevenue,
  };
}
