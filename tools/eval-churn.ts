/**
 * Churn and next-period forecast on CDNOW (Fader, Hardie & Lee 2005): BG/NBD on the 1/10 sample's
 * calibration weeks 1–39 (1997-01-01 … 1997-09-30), checked against the holdout weeks 40–78
 * (1997-10-01 … 1998-06-30). Same-day purchases count once, as in the paper.
 *   npm run eval:churn -- [--json]
 * Data: $TAKUMI_SHARED_DIR/datasets/cdnow, default ../shared from the repository root.
 * The last stdout line with --json:
 *   {"predictedWithPublished":…,"predicted":…,"actual":…,"auc":…,"bins":[{"x":0,"n":…,"predicted":…,"actual":…},…]}
 * Exits with 1 when the published parameters' total is more than 1 % from 1,654 or the AUC is below 0.75.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { forecastCustomerPurchases } from '../src/engine/churn/forecast-customer-purchases.ts';
import { simulateRevenueForecast } from '../src/engine/churn/simulate-revenue-forecast.ts';
import { fitBgNbd } from '../src/engine/clv/fit-bg-nbd.ts';
import { fitGammaGamma } from '../src/engine/clv/fit-gamma-gamma.ts';
import { summarizeTransactions, type PurchaseRecord } from '../src/engine/clv/summarize-transactions.ts';
import { rocAuc } from '../src/engine/prediction/roc-auc.ts';
import { isMainModule } from './is-main-module.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** FHL 2005's estimates on this sample and the conditional-expectation total they give for weeks 40–78. */
export const publishedCdnow = {
  parameters: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 },
  holdoutTotal: 1654,
} as const;

const calibrationEnd = new Date(Date.UTC(1997, 8, 30));
const holdoutEnd = new Date(Date.UTC(1998, 5, 30));
const holdoutWeeks = 39;
const dayMilliseconds = 86_400_000;

/** One calibration-frequency bin: mean holdout purchases predicted and seen. */
export interface ChurnBin {
  x: number;
  n: number;
  predicted: number;
  actual: number;
}

export interface ChurnEvaluation {
  predictedWithPublished: number;
  predicted: number;
  actual: number;
  /** AUC of the at-risk ranking (own fit, fewest expected purchases first) for "no purchase in the holdout". */
  auc: number;
  /** The same AUC for the published parameters (reference: 0.773). */
  aucPublishedExpected: number;
  /** AUC of ranking by 1 − P(buy again in the holdout) instead (own fit). */
  aucProbabilityBuyAgain: number;
  bins: ChurnBin[];
  fit: { r: number; alpha: number; a: number; b: number };
  revenue: { predicted: number; low: number; high: number; actual: number };
  customers: number;
}

/** Reads CDNOW_sample.txt (master id, sample id, yyyymmdd, CDs, dollars) into purchase records. */
export async function readCdnowSample(cdnowDirectory: string): Promise<PurchaseRecord[]> {
  const text = await readFile(path.join(cdnowDirectory, 'CDNOW_sample.txt'), 'utf8');
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      const [, sampleId, day, , dollars] = line.trim().split(/\s+/);
      const match = /^(\d{4})(\d{2})(\d{2})$/.exec(day ?? '');
      const amount = Number(dollars);
      if (!match || !Number.isFinite(amount) || !Number.isInteger(Number(sampleId)))
        throw new Error(`CDNOW_sample.txt line ${index + 1} is not "master id, sample id, yyyymmdd, CDs, dollars".`);
      return {
        customerId: Number(sampleId),
        date: new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))),
        amount,
      };
    });
}

/** Runs the evaluation on the transactions of the CDNOW sample. */
export function evaluateChurn(transactions: readonly PurchaseRecord[]): ChurnEvaluation {
  const customerIds = [...new Set(transactions.map((transaction) => transaction.customerId))].sort(
    (left, right) => left - right,
  );
  const summaries = summarizeTransactions(customerIds, transactions, { asOf: calibrationEnd, unitDays: 7 });
  const holdoutDays = new Map<number, Set<number>>(customerIds.map((id) => [id, new Set()]));
  const holdoutRevenueByDay = new Map<string, number>();
  for (const transaction of transactions) {
    const time = transaction.date.getTime();
    if (time <= calibrationEnd.getTime() || time > holdoutEnd.getTime()) continue;
    const day = Math.floor(time / dayMilliseconds);
    holdoutDays.get(transaction.customerId)!.add(day);
    const key = `${transaction.customerId}:${day}`;
    holdoutRevenueByDay.set(key, (holdoutRevenueByDay.get(key) ?? 0) + transaction.amount);
  }
  const actualCounts = customerIds.map((id) => holdoutDays.get(id)!.size);
  const published = forecastCustomerPurchases(publishedCdnow.parameters, summaries, holdoutWeeks);
  const fit = fitBgNbd(summaries);
  const own = forecastCustomerPurchases(fit, summaries, holdoutWeeks);
  const lapsed = actualCounts.map((count) => (count === 0 ? 1 : 0));
  const bins: ChurnBin[] = [];
  for (let x = 0; x <= 7; x += 1) {
    const members = summaries.flatMap((summary, index) =>
      (x < 7 ? summary.frequency === x : summary.frequency >= 7) ? [index] : [],
    );
    const meanOf = (values: (index: number) => number): number =>
      members.reduce((sum, index) => sum + values(index), 0) / Math.max(1, members.length);
    bins.push({
      x,
      n: members.length,
      predicted: meanOf((index) => own[index]!.expectedPurchases),
      actual: meanOf((index) => actualCounts[index]!),
    });
  }
  const spendModel = fitGammaGamma(summaries);
  const revenue = simulateRevenueForecast(fit, spendModel, summaries, holdoutWeeks, { simulations: 500, seed: 1 });
  return {
    predictedWithPublished: sum(published.map((forecast) => forecast.expectedPurchases)),
    predicted: sum(own.map((forecast) => forecast.expectedPurchases)),
    actual: sum(actualCounts),
    auc: rocAuc(
      lapsed,
      own.map((forecast) => -forecast.expectedPurchases),
    ),
    aucProbabilityBuyAgain: rocAuc(
      lapsed,
      own.map((forecast) => 1 - forecast.probabilityBuyAgain),
    ),
    aucPublishedExpected: rocAuc(
      lapsed,
      published.map((forecast) => -forecast.expectedPurchases),
    ),
    bins,
    fit: { r: fit.r, alpha: fit.alpha, a: fit.a, b: fit.b },
    revenue: {
      predicted: revenue.revenue.expected,
      low: revenue.revenue.low,
      high: revenue.revenue.high,
      actual: sum([...holdoutRevenueByDay.values()]),
    },
    customers: customerIds.length,
  };
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function formatTable(evaluation: ChurnEvaluation): string {
  const { fit, revenue } = evaluation;
  return [
    `CDNOW sample: ${evaluation.customers} customers, calibration weeks 1–39, holdout weeks 40–78`,
    `Own BG/NBD fit: r ${fit.r.toFixed(4)}, alpha ${fit.alpha.toFixed(4)}, a ${fit.a.toFixed(4)}, b ${fit.b.toFixed(4)}`,
    `Holdout repeat purchases: published parameters ${evaluation.predictedWithPublished.toFixed(1)} (paper ${publishedCdnow.holdoutTotal}), own fit ${evaluation.predicted.toFixed(1)}, actual ${evaluation.actual}`,
    `AUC for "no purchase in the holdout": fewest expected purchases first ${evaluation.auc.toFixed(4)} (published parameters ${evaluation.aucPublishedExpected.toFixed(4)}; by P(buy again) ${evaluation.aucProbabilityBuyAgain.toFixed(4)})`,
    `Holdout revenue: predicted $${revenue.predicted.toFixed(0)} (90 % range $${revenue.low.toFixed(0)}–$${revenue.high.toFixed(0)}), actual $${revenue.actual.toFixed(0)}`,
    '',
    'x (calibration)      n   predicted   actual',
    ...evaluation.bins.map(
      (bin) =>
        `${(bin.x < 7 ? String(bin.x) : '7+').padEnd(15)} ${String(bin.n).padStart(6)} ${bin.predicted.toFixed(3).padStart(11)} ${bin.actual.toFixed(3).padStart(8)}`,
    ),
  ].join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { json: { type: 'boolean', default: false } } });
  const sharedDirectory = path.resolve(process.env.TAKUMI_SHARED_DIR ?? path.join(repoRoot, '../shared'));
  const evaluation = evaluateChurn(await readCdnowSample(path.join(sharedDirectory, 'datasets/cdnow')));
  const reproduced = Math.abs(evaluation.predictedWithPublished / publishedCdnow.holdoutTotal - 1) <= 0.01;
  const ranked = evaluation.auc >= 0.75;
  console.log(formatTable(evaluation));
  console.log(
    reproduced && ranked
      ? 'Published total reproduced within 1 % and AUC ≥ 0.75.'
      : 'Published total off by more than 1 % or AUC below 0.75.',
  );
  if (values.json) {
    const { predictedWithPublished, predicted, actual, auc, bins } = evaluation;
    console.log(JSON.stringify({ predictedWithPublished, predicted, actual, auc, bins }));
  }
  if (!(reproduced && ranked)) process.exitCode = 1;
}

if (isMainModule(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
