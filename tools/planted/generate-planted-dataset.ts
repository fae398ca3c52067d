import path from 'node:path';
import { createRandom, type Random } from '../../src/engine/random/create-random.ts';
import { allocatePersonas } from './allocate-personas.ts';
import { computeResponseProbabilities } from './compute-response-probabilities.ts';
import { drawCustomerPhotos } from './draw-customer-photos.ts';
import { formatCsv } from './format-csv.ts';
import { plantedPersonas, type PlantedPersona } from './planted-personas.ts';
import type { PlantedTruth } from './planted-truth.ts';
import { readPhotoCatalogue } from './read-photo-catalogue.ts';
import { resolveDefaultPhotoDirectory } from './resolve-default-photo-directory.ts';
import { shiftIsoDate } from './shift-iso-date.ts';
import { simulatePurchaseHistory } from './simulate-purchase-history.ts';
import { defaultPlantedDatasetOptions, type PlantedDatasetOptions } from './planted-dataset-options.ts';
import { validatePlantedDatasetOptions } from './validate-planted-dataset-options.ts';
import { minOf } from '../../src/engine/statistics/extremes.ts';

export { defaultPlantedDatasetOptions, type PlantedDatasetOptions } from './planted-dataset-options.ts';

/** The generated files as text (write them with `writePlantedDataset`) and the parsed truth. */
export interface PlantedDataset {
  files: { customers: string; transactions: string; photos: string; truth: string };
  truth: PlantedTruth;
}

/** Customers join in the first three quarters of the window, so everyone has history to observe. */
const joinWindowShare = 0.75;
const regions = ['North', 'South', 'East', 'West', 'Central'] as const;

/**
 * Generates the planted-truth evaluation dataset: synthetic customers whose hidden persona drives
 * their photos, their purchases and a 0/1 behavior, so the analytics pipeline can be scored
 * against known answers.
 *
 * - **Personas** ({@link plantedPersonas}): allocated by exact shares (equal by default), shuffled.
 * - **customers.csv** `customer_id,name,email,age,region,responded`: obviously synthetic names and
 *   `@example.test` emails; age ~ round(N(40, 13)) clamped to [18, 85] and region uniform over five
 *   values, both independent of persona (distractor attributes).
 * - **photos.csv** `customer_id,path,posted_at`: 3–12 distinct photos per customer, each from the
 *   persona's classes with probability `photoPurity` (0.85) and otherwise from any other photo in
 *   the folder; absolute paths; posting days uniform over the window.
 * - **transactions.csv** `customer_id,date,amount`: see {@link simulatePurchaseHistory} (join day,
 *   gamma purchase rate, exponential dropout, Gamma-Gamma spend; ≥ 1 purchase each).
 * - **responded**: Bernoulli(p), p = sigmoid(responseEffect[persona] + frequencyCoefficient · z),
 *   z = standardised number of purchases (see {@link computeResponseProbabilities}).
 * - **truth.json** ({@link PlantedTruth}): persona and p per customer, `bayesAccuracy` =
 *   mean max(p, 1 − p) and the Bayes rule's realised accuracy on the drawn labels.
 *
 * Each step draws from its own stream derived from `seed`, so e.g. a different photo folder changes
 * the photos but not the transactions or labels.
 *
 * @throws PlantedDatasetError `PLANTED_INVALID_OPTIONS`, `PLANTED_PHOTO_FOLDER_MISSING` or
 *   `PLANTED_PHOTO_CLASSES_MISSING`.
 */
export function generatePlantedDataset(options: Partial<PlantedDatasetOptions> = {}): PlantedDataset {
  const settings: PlantedDatasetOptions = { ...defaultPlantedDatasetOptions, ...options };
  const personas = plantedPersonas;
  validatePlantedDatasetOptions(settings, personas.length, minOf(personas.map((persona) => persona.classes.length)));
  const catalogue = readPhotoCatalogue(settings.photoDirectory ?? resolveDefaultPhotoDirectory(), personas);
  const { customers: customerCount, seed, windowDays } = settings;
  const shares = settings.personaShares ?? personas.map(() => 1);
  const firstDate = shiftIsoDate(settings.asOfDate, -(windowDays - 1));
  const idWidth = Math.max(4, String(customerCount).length);
  const customerIds = Array.from({ length: customerCount }, (_, index) => String(index + 1).padStart(idWidth, '0'));

  const assignment = allocatePersonas(streamRandom(seed, 1), customerCount, shares);
  const personaOf = (customer: number): PlantedPersona => personas[assignment[customer] as number] as PlantedPersona;

  const demographics = streamRandom(seed, 2);
  const ages = customerIds.map(() => Math.min(85, Math.max(18, Math.round(40 + 13 * demographics.normal()))));
  const regionOf = customerIds.map(() => regions[demographics.integer(regions.length)] as string);

  const purchaseRandom = streamRandom(seed, 3);
  const latestJoinDay = Math.max(1, Math.floor(windowDays * joinWindowShare));
  const histories = customerIds.map((_, customer) =>
    simulatePurchaseHistory(
      purchaseRandom,
      settings.purchaseBehaviors?.[assignment[customer] as number] ?? personaOf(customer).purchases,
      windowDays,
      latestJoinDay,
    ),
  );

  const photoRandom = streamRandom(seed, 4);
  const noisePools = personas.map((persona) => {
    const own = new Set(persona.classes);
    return catalogue.stems.filter((stem) => !own.has(stem));
  });
  const photoCount = settings.maximumPhotos - settings.minimumPhotos + 1;
  const photos = customerIds.map((_, customer) => {
    const persona = assignment[customer] as number;
    const count = settings.minimumPhotos + photoRandom.integer(photoCount);
    return drawCustomerPhotos(
      photoRandom,
      personaOf(customer).classes,
      noisePools[persona] as string[],
      count,
      settings.photoPurity,
      windowDays,
    );
  });
  // Who posts at all is drawn from its own stream after the photos, so photoShare 1 changes nothing.
  if (settings.photoShare < 1) {
    const posters = new Set(
      streamRandom(seed, 6)
        .shuffle(customerIds.map((_, customer) => customer))
        .slice(0, Math.round(settings.photoShare * customerCount)),
    );
    photos.forEach((list, customer) => {
      if (!posters.has(customer)) list.length = 0;
    });
  }

  const response = computeResponseProbabilities(
    customerIds.map((_, customer) => personaOf(customer).responseEffect),
    histories.map((history) => history.length),
    settings.frequencyCoefficient,
  );
  const responseRandom = streamRandom(seed, 5);
  const responded: number[] = Array.from(response.probabilities, (probability) =>
    responseRandom.next() < probability ? 1 : 0,
  );

  let expectedCorrect = 0;
  let realisedCorrect = 0;
  response.probabilities.forEach((probability, customer) => {
    expectedCorrect += Math.max(probability, 1 - probability);
    realisedCorrect += (probability >= 0.5 ? 1 : 0) === responded[customer] ? 1 : 0;
  });

  const truth: PlantedTruth = {
    seed,
    personaNames: personas.map((persona) => persona.name),
    personas: personas.map((persona, index) => ({
      name: persona.name,
      classes: persona.classes,
      purchases: persona.purchases,
      responseEffect: persona.responseEffect,
      customerCount: assignment.filter((value) => value === index).length,
    })),
    parameters: {
      customerCount,
      asOfDate: settings.asOfDate,
      firstDate,
      windowDays,
      photoDirectory: catalogue.directory,
      photoPurity: settings.photoPurity,
      minimumPhotos: settings.minimumPhotos,
      maximumPhotos: settings.maximumPhotos,
      personaShares: shares,
      frequencyCoefficient: settings.frequencyCoefficient,
      frequencyMean: response.frequencyMean,
      frequencyStandardDeviation: response.frequencyStandardDeviation,
    },
    bayesAccuracy: expectedCorrect / customerCount,
    realisedBayesAccuracy: realisedCorrect / customerCount,
    responseRate: responded.reduce((sum, value) => sum + value, 0) / customerCount,
    customers: customerIds.map((id, customer) => ({
      customerId: `C${id}`,
      persona: personaOf(customer).name,
      responseProbability: response.probabilities[customer] as number,
    })),
  };

  const customersCsv = formatCsv(
    ['customer_id', 'name', 'email', 'age', 'region', 'responded'],
    customerIds.map((id, customer) => [
      `C${id}`,
      `Customer ${id}`,
      `c${id}@example.test`,
      ages[customer] as number,
      regionOf[customer] as string,
      responded[customer] as number,
    ]),
  );
  const transactionsCsv = formatCsv(
    ['customer_id', 'date', 'amount'],
    histories.flatMap((history, customer) =>
      history.map((purchase) => [
        `C${customerIds[customer]}`,
        shiftIsoDate(firstDate, purchase.day),
        purchase.amount.toFixed(2),
      ]),
    ),
  );
  const photosCsv = formatCsv(
    ['customer_id', 'path', 'posted_at'],
    photos.flatMap((list, customer) =>
      list.map((photo) => [
        `C${customerIds[customer]}`,
        path.join(catalogue.directory, `${photo.stem}.JPEG`),
        shiftIsoDate(firstDate, photo.day),
      ]),
    ),
  );
  return {
    files: {
      customers: customersCsv,
      transactions: transactionsCsv,
      photos: photosCsv,
      truth: `${JSON.stringify(truth, null, 2)}\n`,
    },
    truth,
  };
}

/**
 * An independent generator per step: the seed and the stream number are mixed (murmur3 finaliser)
 * so neighbouring seeds or streams do not give correlated mulberry32 sequences.
 */
function streamRandom(seed: number, stream: number): Random {
  let hash = (createRandom(seed).integer(0x1_0000_0000) ^ Math.imul(stream, 0x9e3779b1)) >>> 0;
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return createRandom((hash ^ (hash >>> 16)) >>> 0);
}
