import { Prisma, type PrismaClient } from '../../generated/prisma/client.ts';

/** How far the photos of one dataset are analysed. */
export interface PhotoProgress {
  datasetName: string;
  /** Distinct photos (by SHA-256). */
  total: number;
  /** Of those, the ones with a stored embedding for `modelId`. */
  embedded: number;
  /** The model counted: the one the analysis of this dataset reads (see below). */
  modelId: string;
}

/**
 * Embedded vs distinct photos per dataset, counted in the database (no rows loaded), so it is right
 * however the photos were embedded: in-process or by workers. Per dataset it counts the model with the
 * most stored embeddings among its photos, the same model `loadDatasetForAnalysis` analyses with, so
 * the progress note speaks of the photos the answer used; `preferredModelId` (the configured
 * precision's model) counts when no photo is embedded yet or on a tie.
 */
export async function loadPhotoProgress(prisma: PrismaClient, preferredModelId: string): Promise<PhotoProgress[]> {
  const totals = await prisma.$queryRaw<{ name: string; total: number | bigint }[]>(
    Prisma.sql`SELECT d."name" AS "name", COUNT(DISTINCT p."sha256") AS "total"
      FROM "Dataset" d JOIN "Photo" p ON p."datasetId" = d."id"
      GROUP BY d."name" ORDER BY d."name"`,
  );
  const byModel = await prisma.$queryRaw<{ name: string; modelId: string; embedded: number | bigint }[]>(
    Prisma.sql`SELECT d."name" AS "name", e."modelId" AS "modelId", COUNT(DISTINCT e."sha256") AS "embedded"
      FROM "Dataset" d
      JOIN "Photo" p ON p."datasetId" = d."id"
      JOIN "Embedding" e ON e."sha256" = p."sha256"
      GROUP BY d."name", e."modelId"`,
  );
  return totals.map((row) => {
    let modelId = preferredModelId;
    let embedded = 0;
    for (const entry of byModel.filter((candidate) => candidate.name === row.name)) {
      const count = Number(entry.embedded);
      if (count > embedded || (count === embedded && entry.modelId === preferredModelId)) {
        modelId = entry.modelId;
        embedded = count;
      }
    }
    return { datasetName: row.name, total: Number(row.total), embedded, modelId };
  });
}
