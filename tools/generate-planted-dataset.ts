/**
 * Writes the planted-truth evaluation dataset (customers.csv, transactions.csv, photos.csv,
 * truth.json) into a folder:
 *
 *   npx tsx tools/generate-planted-dataset.ts --out DIR [--customers 600] [--seed 7] [--photos DIR]
 *     [--as-of 2026-06-30] [--json]
 *
 * `--photos` defaults to the shared ImageNet sample ($TAKUMI_SHARED_DIR or ../shared from the repo
 * root, then datasets/imagenet-sample). See tools/planted/generate-planted-dataset.ts for the model.
 * With --json, progress goes to stderr and the last stdout line is one JSON object
 * `{"out", "files", "customers", "transactions", "photos", "bayesAccuracy", …}`; on failure it is
 * `{"error": {"code", "message"}}` and the exit status is 1.
 */
import path from 'node:path';
import { isMainModule } from './is-main-module.ts';
import { defaultPlantedDatasetOptions, generatePlantedDataset } from './planted/generate-planted-dataset.ts';
import { PlantedDatasetError } from './planted/planted-dataset-error.ts';
import { writePlantedDataset } from './planted/write-planted-dataset.ts';
import { TakumiError } from '../src/core/takumi-error.ts';

const usage =
  'Usage: npx tsx tools/generate-planted-dataset.ts --out DIR [--customers 600] [--seed 7] [--photos DIR] ' +
  '[--as-of yyyy-mm-dd] [--json]';

interface CliArguments {
  out: string;
  customers: number;
  seed: number;
  photos: string | null;
  asOf: string;
  json: boolean;
}

function parseArguments(argv: readonly string[]): CliArguments {
  const parsed: CliArguments = {
    out: '',
    customers: defaultPlantedDatasetOptions.customers,
    seed: defaultPlantedDatasetOptions.seed,
    photos: null,
    asOf: defaultPlantedDatasetOptions.asOfDate,
    json: false,
  };
  const invalid = (message: string): never => {
    throw new PlantedDatasetError('PLANTED_INVALID_OPTIONS', `${message}. ${usage}`, { argv });
  };
  for (let index = 0; index < argv.length; index += 1) {
    const name = argv[index] as string;
    if (name === '--json') {
      parsed.json = true;
      continue;
    }
    const value = argv[index + 1];
    if (!['--out', '--customers', '--seed', '--photos', '--as-of'].includes(name))
      invalid(`Unknown argument "${name}"`);
    if (value === undefined || value.startsWith('--')) invalid(`${name} needs a value`);
    index += 1;
    const text = value as string;
    // Number('') is 0, so blank values are refused explicitly; NaN is left to the options check.
    const numeric = (): number => (text.trim() === '' ? Number.NaN : Number(text));
    if (name === '--out') parsed.out = text;
    else if (name === '--customers') parsed.customers = numeric();
    else if (name === '--seed') parsed.seed = numeric();
    else if (name === '--photos') parsed.photos = text;
    else parsed.asOf = text;
  }
  if (parsed.out === '') invalid('--out DIR is required');
  return parsed;
}

function main(argv: readonly string[]): number {
  const json = argv.includes('--json');
  const log = (line: string): void => {
    if (json) process.stderr.write(`${line}\n`);
    else console.log(line);
  };
  try {
    const cli = parseArguments(argv);
    const dataset = generatePlantedDataset({
      customers: cli.customers,
      seed: cli.seed,
      photoDirectory: cli.photos,
      asOfDate: cli.asOf,
    });
    const files = writePlantedDataset(dataset, cli.out);
    const { truth } = dataset;
    const rowCount = (text: string): number => text.trimEnd().split('\n').length - 1;
    const summary = {
      out: path.dirname(files.customers),
      files,
      seed: truth.seed,
      customers: truth.parameters.customerCount,
      transactions: rowCount(dataset.files.transactions),
      photos: rowCount(dataset.files.photos),
      personas: Object.fromEntries(truth.personas.map((persona) => [persona.name, persona.customerCount])),
      bayesAccuracy: truth.bayesAccuracy,
      realisedBayesAccuracy: truth.realisedBayesAccuracy,
      responseRate: truth.responseRate,
      photoDirectory: truth.parameters.photoDirectory,
    };
    log(
      `wrote ${summary.customers} customers, ${summary.transactions} transactions, ${summary.photos} photos to ${summary.out}`,
    );
    log(`personas: ${truth.personas.map((persona) => `${persona.name} ${persona.customerCount}`).join(', ')}`);
    log(
      `Bayes accuracy ${truth.bayesAccuracy.toFixed(4)} expected, ${truth.realisedBayesAccuracy.toFixed(4)} realised; response rate ${truth.responseRate.toFixed(3)}`,
    );
    if (json) console.log(JSON.stringify(summary));
    return 0;
  } catch (error) {
    if (!(error instanceof TakumiError)) throw error;
    process.stderr.write(`error [${error.code}]: ${error.message}\n`);
    if (json)
      console.log(JSON.stringify({ error: { code: error.code, message: error.message, details: error.details } }));
    return 1;
  }
}

if (isMainModule(import.meta.url)) process.exitCode = main(process.argv.slice(2));
