import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { saveEmbeddings } from '../../src/data/embedding-store/embedding-store.ts';
import { importDataset } from '../../src/data/ingest/import-dataset.ts';
import { resnetModelSource } from '../../src/data/model/resnet-model-source.ts';
import { createRandom } from '../../src/engine/random/create-random.ts';
import type { PrismaClient } from '../../src/generated/prisma/client.ts';
import { simulatePurchaseHistory } from '../../tools/planted/simulate-purchase-history.ts';
import { makeJpeg } from './fixture-images.ts';

export interface SyntheticShop {
  /** Planted group (0–2) by customer external id. */
  truth: Map<string, number>;
  /** Personal values written to the customers file, for privacy canary checks. */
  canaries: string[];
}

/**
 * A small shop imported through the real importer: customers in three planted groups (pets, food,
 * cars), each with purchases from the planted-dataset simulator and six tiny JPEGs whose embeddings
 * are written directly as synthetic vectors around three directions. Tests of the stored pipeline and
 * the tools run on it in seconds; the real model is covered by the embedding tests.
 */
export async function createSyntheticShop(input: {
  prisma: PrismaClient;
  directory: string;
  datasetName?: string;
  customers?: number;
  /**
   * A small visual theme planted on top: the first `customers` customers each post `photosEach` more
   * photos in a fourth, far-away direction, labelled `label` (e.g. one customer's pill-bottle photos).
   */
  rareTheme?: { customers: number; photosEach: number; label: string };
}): Promise<SyntheticShop> {
  const { prisma, directory } = input;
  const random = createRandom(21);
  // Purchases draw from their own stream, so changing the photos leaves them as they are.
  const purchaseRandom = createRandom(5);
  const truth = new Map<string, number>();
  const canaries: string[] = [];
  const customers = ['customer_id,name,email,phone,responded'];
  const transactions = ['customer_id,date,amount'];
  const photos = ['customer_id,path,posted_at'];
  const vectors = new Map<string, Float32Array>();
  const rareFiles = new Set<string>();
  await mkdir(path.join(directory, 'photos'), { recursive: true });
  for (let index = 0; index < (input.customers ?? 240); index += 1) {
    const group = index % 3;
    const id = `CANARY-ID-${String(index).padStart(4, '0')}`;
    truth.set(id, group);
    const name = `Zyxcanary Name${index}`;
    const email = `zyx.canary${index}@canary-mail.test`;
    const phone = `090-7${String(index).padStart(3, '0')}-4${String(index).padStart(3, '0')}`;
    canaries.push(id, name, email, phone);
    customers.push(`${id},${name},${email},${phone},${random.next() < [0.2, 0.5, 0.8][group]! ? 1 : 0}`);
    // Gamma purchase rates and exponential lifetimes, so BG/NBD and Gamma-Gamma are identifiable.
    const behavior = {
      meanPurchasesPerYear: 6 + group * 4,
      purchaseRateShape: 2,
      meanLifetimeDays: 200,
      meanSpend: 30 + group * 25,
    };
    for (const purchase of simulatePurchaseHistory(purchaseRandom, behavior, 180, 120)) {
      transactions.push(
        `${id},${new Date(Date.UTC(2026, 0, 1 + purchase.day)).toISOString().slice(0, 10)},${purchase.amount}`,
      );
    }
    for (let photo = 0; photo < 6; photo += 1) {
      const file = `${id}-${photo}.jpg`;
      await writeFile(path.join(directory, 'photos', file), await makeJpeg(index * 6 + photo, 16, 16));
      const theme = random.next() < 0.85 ? group : random.integer(3);
      const vector = new Float32Array(48);
      for (let column = 0; column < 48; column += 1)
        vector[column] = Math.max(0, random.normal() * 0.3 + (column % 3 === theme ? 2 : 0));
      vectors.set(file, vector);
      photos.push(`${id},photos/${file},2026-0${1 + random.integer(6)}-15`);
    }
    for (let photo = 0; index < (input.rareTheme?.customers ?? 0) && photo < input.rareTheme!.photosEach; photo += 1) {
      const file = `${id}-rare-${photo}.jpg`;
      await writeFile(path.join(directory, 'photos', file), await makeJpeg(1_000_000 + index * 100 + photo, 16, 16));
      const vector = new Float32Array(48);
      for (let column = 0; column < 48; column += 1)
        vector[column] = column >= 40 ? 3 + random.normal() * 0.1 : Math.abs(random.normal() * 0.05);
      vectors.set(file, vector);
      rareFiles.add(file);
      photos.push(`${id},photos/${file},2026-02-15`);
    }
  }
  await writeFile(path.join(directory, 'customers.csv'), customers.join('\n'));
  await writeFile(path.join(directory, 'transactions.csv'), transactions.join('\n'));
  await writeFile(path.join(directory, 'photos.csv'), photos.join('\n'));
  const report = await importDataset({
    prisma,
    datasetName: input.datasetName ?? 'shop',
    customersFile: path.join(directory, 'customers.csv'),
    transactionsFile: path.join(directory, 'transactions.csv'),
    photos: path.join(directory, 'photos.csv'),
  });
  if (report.fileErrors.length > 0 || report.rowErrors.length > 0)
    throw new Error(
      `Synthetic shop import failed: ${JSON.stringify([...report.fileErrors, ...report.rowErrors].slice(0, 3))}`,
    );
  const labels = ['golden_retriever', 'pizza', 'sports_car'];
  const stored = await prisma.photo.findMany({ select: { path: true, sha256: true } });
  await saveEmbeddings(
    prisma,
    resnetModelSource.modelId,
    stored.map((photo) => {
      const vector = vectors.get(path.basename(photo.path))!;
      const strongest = [0, 1, 2].reduce((best, theme) => (vector[theme]! > vector[best]! ? theme : best), 0);
      const rare = rareFiles.has(path.basename(photo.path));
      return {
        sha256: photo.sha256,
        vector,
        topLabels: [
          rare
            ? { index: 720, label: input.rareTheme!.label, probability: 0.9 }
            : { index: strongest, label: labels[strongest]!, probability: 0.9 },
        ],
        width: 16,
        height: 16,
      };
    }),
  );
  return { truth, canaries };
}
