/**
 * Fits BG/NBD and Gamma-Gamma on the CDNOW sample (Fader, Hardie & Lee 2005) and compares them
 * with the published estimates.
 *   npx tsx tools/eval-clv.ts [--json]
 * Data: $TAKUMI_SHARED_DIR/datasets/cdnow, default ../shared from the repository root.
 * The last stdout line with --json: {"bgnbd":{"r":…,"alpha":…,"a":…,"b":…},"gammaGamma":{"p":…,"q":…,"gamma":…}}
 * Exits with 1 when an estimate is more than 1 % away from the published value.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ClvError } from '../src/engine/engine-errors.ts';
import type { CustomerSpendSummary, CustomerSummary } from '../src/engine/clv/customer-summary.ts';
import { fitBgNbd, type BgNbdFitResult } from '../src/engine/clv/fit-bg-nbd.ts';
import { fitGammaGamma, type GammaGammaFitResult } from '../src/engine/clv/fit-gamma-gamma.ts';
import { isMainModule } from './is-main-module.ts';
import { maxOf } from '../src/engine/statistics/extremes.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Published estimates: FHL 2005 "Counting Your Customers…" and "RFM and CLV: Using Iso-Value Curves". */
export const publishedCdnowEstimates = {
  bgnbd: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 },
  gammaGamma: { p: 6.25, q: 3.74, gamma: 15.44 },
} as const;

export interface ClvEvaluation {
  bgnbd: BgNbdFitResult;
  gammaGamma: GammaGammaFitResult;
  bgnbdMilliseconds: number;
  gammaGammaMilliseconds: number;
  /** Largest |estimate / published − 1| over all seven parameters. */
  largestRelativeError: number;
}

/** Reads the two CDNOW summary files under `cdnowDirectory` and fits both models. */
export async function evaluateClv(cdnowDirectory: string): Promise<ClvEvaluation> {
  const summary = parseCsv(await readFile(path.join(cdnowDirectory, 'cdnow_customers_summary.csv'), 'utf8'));
  const customers: CustomerSummary[] = summary.map((row) => ({
    frequency: column(row, 'frequency'),
    recency: column(row, 'recency'),
    age: column(row, 'T'),
  }));
  const withSpend = parseCsv(
    await readFile(path.join(cdnowDirectory, 'cdnow_customers_summary_with_transactions.csv'), 'utf8'),
  );
  const spends: CustomerSpendSummary[] = withSpend
    .map((row) => ({ frequency: column(row, 'x'), monetaryValue: column(row, 'zbar') }))
    .filter((customer) => customer.frequency > 0);

  const bgnbdStart = performance.now();
  const bgnbd = fitBgNbd(customers);
  const bgnbdMilliseconds = performance.now() - bgnbdStart;
  const gammaGammaStart = performance.now();
  const gammaGamma = fitGammaGamma(spends);
  const gammaGammaMilliseconds = performance.now() - gammaGammaStart;

  const errors = [
    ...Object.entries(publishedCdnowEstimates.bgnbd).map(
      ([name, value]) => bgnbd[name as keyof typeof publishedCdnowEstimates.bgnbd] / value - 1,
    ),
    ...Object.entries(publishedCdnowEstimates.gammaGamma).map(
      ([name, value]) => gammaGamma[name as keyof typeof publishedCdnowEstimates.gammaGamma] / value - 1,
    ),
  ];
  return {
    bgnbd,
    gammaGamma,
    bgnbdMilliseconds,
    gammaGammaMilliseconds,
    largestRelativeError: maxOf(errors.map(Math.abs)),
  };
}

/** Rows of a small header-first CSV without quoting (the CDNOW summaries), keyed by header. */
function parseCsv(text: string): Record<string, string>[] {
  const [header, ...lines] = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  const names = (header ?? '').split(',').map((name) => name.trim());
  return lines.map((line) => {
    const cells = line.split(',');
    return Object.fromEntries(names.map((name, index) => [name, (cells[index] ?? '').trim()]));
  });
}

function column(row: Record<string, string>, name: string): number {
  const value = Number(row[name]);
  if (row[name] === undefined || row[name] === '' || Number.isNaN(value)) {
    throw new ClvError(
      'CLV_INVALID_INPUT',
      `A CDNOW summary row has no numeric "${name}" column (${JSON.stringify(row)}); check the shared data files.`,
      {
        field: name,
        row,
      },
    );
  }
  return value;
}

function formatTable(evaluation: ClvEvaluation): string {
  const rows: [string, string, number, number][] = [
    ...(['r', 'alpha', 'a', 'b'] as const).map((name): [string, string, number, number] => [
      'BG/NBD',
      name,
      evaluation.bgnbd[name],
      publishedCdnowEstimates.bgnbd[name],
    ]),
    ...(['p', 'q', 'gamma'] as const).map((name): [string, string, number, number] => [
      'Gamma-Gamma',
      name,
      evaluation.gammaGamma[name],
      publishedCdnowEstimates.gammaGamma[name],
    ]),
  ];
  const lines = [
    'model        parameter   estimate    published   difference',
    ...rows.map(
      ([model, name, estimate, published]) =>
        `${model.padEnd(12)} ${name.padEnd(11)} ${estimate.toFixed(4).padStart(9)}   ${published.toFixed(3).padStart(9)}   ${((estimate / published - 1) * 100).toFixed(3).padStart(8)} %`,
    ),
    '',
    `BG/NBD:      ${evaluation.bgnbd.customerCount} customers (${evaluation.bgnbd.repeatBuyerCount} repeat buyers), log-likelihood ${evaluation.bgnbd.logLikelihood.toFixed(4)}, ${evaluation.bgnbd.iterations} iterations, ${evaluation.bgnbdMilliseconds.toFixed(0)} ms`,
    `Gamma-Gamma: ${evaluation.gammaGamma.repeatBuyerCount} repeat buyers, log-likelihood ${evaluation.gammaGamma.logLikelihood.toFixed(4)}, ${evaluation.gammaGamma.iterations} iterations, ${evaluation.gammaGammaMilliseconds.toFixed(0)} ms`,
    ...[...evaluation.bgnbd.warnings, ...evaluation.gammaGamma.warnings].map((warning) => `warning: ${warning}`),
  ];
  return lines.join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { json: { type: 'boolean', default: false } } });
  const sharedDirectory = path.resolve(process.env.TAKUMI_SHARED_DIR ?? path.join(repoRoot, '../shared'));
  const evaluation = await evaluateClv(path.join(sharedDirectory, 'datasets/cdnow'));
  const withinTolerance = evaluation.largestRelativeError <= 0.01;
  if (values.json) {
    const { r, alpha, a, b } = evaluation.bgnbd;
    const { p, q, gamma } = evaluation.gammaGamma;
    console.log(JSON.stringify({ bgnbd: { r, alpha, a, b }, gammaGamma: { p, q, gamma } }));
  } else {
    console.log(formatTable(evaluation));
    console.log(
      withinTolerance
        ? 'All estimates within 1 % of the published values.'
        : 'Some estimate is more than 1 % off the published value.',
    );
  }
  if (!withinTolerance) process.exitCode = 1;
}

if (isMainModule(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
