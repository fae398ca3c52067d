import path from 'node:path';
import { type CurrencyCode, defaultCurrency, parseCurrencyCode } from '../../core/format/currency-code.ts';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { ImageEmbedder } from '../../engine/embedding/image-embedder.ts';
import { refreshDataVersion } from '../analysis/compute-data-version.ts';
import { createDatasetHandle } from './dataset-handle.ts';
import type { CurrencyEvidence } from './detect-currency.ts';
import type { FileIssue, ImportProgress, ImportReport, RowIssue } from './import-report.ts';
import { importCustomers } from './import-customers.ts';
import { importPhotos } from './import-photos.ts';
import { importTransactions } from './import-transactions.ts';
import { IngestError } from '../data-errors.ts';
import { acquireImportLock, type ImportLockHolder } from './import-lock.ts';
import { TakumiError } from '../../core/takumi-error.ts';
import { appendAll } from '../../core/append-all.ts';

export interface ImportDatasetOptions {
  prisma: PrismaClient;
  /** Created on the first write; an import that stores nothing creates no dataset. */
  datasetName: string;
  /** At least one of the three inputs is required. */
  customersFile?: string;
  transactionsFile?: string;
  /** A folder with one subfolder per customer id, or a photo manifest CSV. */
  photos?: string;
  /** The folder every photo must stay under (`--photos-root`; default the photos folder or the manifest's folder). */
  photosRoot?: string;
  /** Embeds photos while importing; without it photos are linked only (embed them later). */
  embedding?: { embedder: ImageEmbedder; modelId: string };
  /**
   * ISO 4217 code of the amounts (`JPY`, `USD`, …). Without it the currency is inferred from ¥/円/$
   * in the amount cells; a new dataset whose amounts carry no sign is stored as JPY, with a warning.
   */
  currency?: string;
  /**
   * Gross margin of the shop's sales, 0 < m < 1, stored with the dataset for ROI answers (kept when not
   * given; without one the campaign model's 40 % default is used and said).
   */
  grossMargin?: number;
  /** Overwrite transaction lines whose stored values differ instead of refusing the file. */
  replaceChangedTransactions?: boolean;
  onProgress?: (progress: ImportProgress) => void;
  /** How long to wait for another import into the same database (default 30 minutes). */
  lockWaitMilliseconds?: number;
  /** Told once when this import waits for another import into the same database. */
  onWaitForImport?: (holder: ImportLockHolder) => void;
}

export const defaultImportDatasetOptions = {
  replaceChangedTransactions: false,
} as const satisfies Partial<ImportDatasetOptions>;

/** Longest dataset name accepted (names appear in Slack messages and file names). */
const maximumNameLength = 100;

/**
 * Imports customers, then transactions, then photos into the dataset `datasetName`, creating it on the
 * first write. Each stage is written in its own transaction, so a file that cannot be used is
 * reported once (in `fileErrors`) and the other stages go on; bad rows are reported (in `rowErrors`)
 * and good rows kept. Re-importing the same files stores nothing twice and loses nothing stored.
 *
 * Imports into one database run one at a time (see {@link acquireImportLock}); a second one waits.
 *
 * @throws IngestError `DATASET_NAME_INVALID` or `NOTHING_TO_IMPORT` (usage errors, nothing is read);
 *   `IMPORT_BUSY` when another import held the database for longer than `lockWaitMilliseconds`.
 */
export async function importDataset(options: ImportDatasetOptions): Promise<ImportReport> {
  const started = performance.now();
  const datasetName = options.datasetName.trim();
  if (datasetName === '' || datasetName.length > maximumNameLength) {
    throw new IngestError(
      'DATASET_NAME_INVALID',
      `The dataset name must be 1 to ${maximumNameLength} characters, like "shop-2024".`,
      { datasetName: options.datasetName },
    );
  }
  if (!options.customersFile && !options.transactionsFile && !options.photos) {
    throw new IngestError(
      'NOTHING_TO_IMPORT',
      'Nothing to import: pass a customers file, a transactions file or photos.',
      { datasetName },
    );
  }
  const givenCurrency = options.currency === undefined ? undefined : parseCurrencyCode(options.currency);
  if (givenCurrency === null) {
    throw new IngestError(
      'CURRENCY_UNKNOWN',
      `"${options.currency}" is not a currency code. Use an ISO 4217 code like JPY, USD or EUR.`,
      { datasetName, currency: options.currency },
    );
  }
  if (options.grossMargin !== undefined && !(options.grossMargin > 0 && options.grossMargin < 1)) {
    throw new IngestError(
      'GROSS_MARGIN_INVALID',
      `Gross margin ${options.grossMargin} is not a share between 0 and 1; give e.g. 0.35 or 35%.`,
      { datasetName, grossMargin: String(options.grossMargin) },
    );
  }
  // One import at a time per database: two at once would both insert the same missing rows.
  const lock = await acquireImportLock(options.prisma, {
    datasetName,
    ...(options.lockWaitMilliseconds === undefined ? {} : { waitMilliseconds: options.lockWaitMilliseconds }),
    ...(options.onWaitForImport ? { onWait: options.onWaitForImport } : {}),
  });
  try {
    const dataset = createDatasetHandle(options.prisma, datasetName);
    const fileErrors: FileIssue[] = [];
    const rowErrors: RowIssue[] = [];
    const warnings: string[] = [];
    const progress = (stage: ImportProgress['stage'], done: number, total: number): void =>
      options.onProgress?.({ stage, done, total });

    const run = async <Result extends { issues: RowIssue[]; warnings?: string[] }>(
      file: string,
      stage: () => Promise<Result>,
    ): Promise<Result | undefined> => {
      try {
        const result = await stage();
        appendAll(
          rowErrors,
          result.issues.sort((first, second) => (first.line ?? 0) - (second.line ?? 0)),
        );
        appendAll(warnings, result.warnings ?? []);
        return result;
      } catch (error) {
        // An expected problem of one input (a TakumiError) must not stop the other inputs.
        if (!(error instanceof TakumiError)) throw error;
        fileErrors.push({
          file: typeof error.details.file === 'string' ? error.details.file : path.basename(file),
          code: error.code,
          message: error.message,
          details: error.details,
        });
        return undefined;
      }
    };

    const report: ImportReport = {
      dataset: { id: undefined, name: datasetName, created: false, currency: givenCurrency ?? defaultCurrency },
      fileErrors,
      rowErrors,
      warnings,
      anythingStored: false,
      seconds: 0,
    };
    if (options.customersFile) {
      const customersFile = options.customersFile;
      progress('customers', 0, 1);
      const result = await run(customersFile, () =>
        importCustomers({ prisma: options.prisma, dataset, filePath: customersFile }),
      );
      if (result) report.customers = result.counts;
      progress('customers', 1, 1);
    }
    let inferred: CurrencyEvidence | undefined;
    if (options.transactionsFile) {
      const transactionsFile = options.transactionsFile;
      progress('transactions', 0, 1);
      const result = await run(transactionsFile, () =>
        importTransactions({
          prisma: options.prisma,
          dataset,
          filePath: transactionsFile,
          replaceChanged: options.replaceChangedTransactions ?? defaultImportDatasetOptions.replaceChangedTransactions,
        }),
      );
      if (result) report.transactions = result.counts;
      inferred = result?.currency;
      progress('transactions', 1, 1);
    }
    if (options.photos) {
      const photos = options.photos;
      const stage = options.embedding ? 'embedding' : 'photos';
      const result = await run(photos, () =>
        importPhotos({
          prisma: options.prisma,
          dataset,
          sourcePath: photos,
          ...(options.photosRoot === undefined ? {} : { photosRoot: options.photosRoot }),
          ...(options.embedding ? { embedding: options.embedding } : {}),
          onProgress: (done, total) => progress(stage, done, total),
        }),
      );
      if (result) report.photos = result.counts;
    }
    const stored = [report.customers, report.transactions, report.photos].reduce(
      (sum, counts) => sum + (counts ? counts.added + counts.updated + counts.unchanged : 0),
      0,
    );
    report.anythingStored = stored > 0;
    const id = await dataset.find();
    const currency =
      id === undefined ? null : await settleCurrency(options.prisma, id, dataset.created, givenCurrency, inferred);
    if (currency) appendAll(warnings, currency.warnings);
    if (id !== undefined && options.grossMargin !== undefined)
      await options.prisma.dataset.update({ where: { id }, data: { grossMargin: options.grossMargin } });
    // A stored analysis is reused only while this version is unchanged.
    if (id !== undefined) await refreshDataVersion(options.prisma, id);
    report.dataset = {
      id,
      name: datasetName,
      created: dataset.created,
      currency: currency?.currency ?? givenCurrency ?? defaultCurrency,
    };
    report.seconds = (performance.now() - started) / 1000;
    return report;
  } finally {
    await lock.release();
  }
}

/**
 * Stores the dataset's currency: the one given wins, then the one the amount signs show, then the one
 * already stored (a new dataset: JPY). Every guess and every disagreement is said in a warning, since a
 * wrong currency makes every money figure wrong.
 */
async function settleCurrency(
  prisma: ImportDatasetOptions['prisma'],
  datasetId: number,
  created: boolean,
  given: CurrencyCode | undefined,
  evidence: CurrencyEvidence | undefined,
): Promise<{ currency: CurrencyCode; warnings: string[] }> {
  const stored = (await prisma.dataset.findUniqueOrThrow({ where: { id: datasetId }, select: { currency: true } }))
    .currency;
  const warnings: string[] = [];
  const signed = evidence ? Object.entries(evidence.cells) : [];
  const listing = signed.map(([code, cells]) => `${cells} in ${code}`).join(', ');
  if (signed.length > 1)
    warnings.push(
      `The amounts carry signs of more than one currency (${listing} cells); one dataset has one currency.`,
    );
  let currency: CurrencyCode;
  if (given) {
    currency = given;
    if (evidence?.currency && evidence.currency !== given)
      warnings.push(
        `The amounts are written in ${evidence.currency} (${listing} cells) but --currency ${given} was given; stored as ${given}.`,
      );
  } else if (evidence?.currency) {
    currency = evidence.currency;
    if (!created && stored !== currency)
      warnings.push(
        `The currency of dataset changed from ${stored} to ${currency}, read from the amount signs; import with --currency ${stored} to keep ${stored}.`,
      );
  } else {
    currency = created ? defaultCurrency : stored;
    if (created && evidence)
      warnings.push(
        `The amounts carry no currency sign, so they are taken as ${currency}; import again with --currency USD (or another code) if they are not.`,
      );
  }
  if (currency !== stored) await prisma.dataset.update({ where: { id: datasetId }, data: { currency } });
  return { currency, warnings };
}
