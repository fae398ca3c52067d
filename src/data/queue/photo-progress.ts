import { Prisma, type PrismaClient } from '../../generated/prisma/client.ts';

/** How far the photos of one dataset are analysed. */
export interface PhotoProgress {
  datasetName: string;
  /** Distinct photos (by SHA-256). */
  total: number;
  /** Of those, the ones with a stored embedding for the model. */
  embedded: number;
}

/**
 * Embedded vs distinct photos per dataset for `modelId`, counted in the database (one query, no
 * rows loaded), so it is right however the photos were embedded: in-process or by workers.
 */
export async function loadPhotoProgress(prisma: PrismaClient, modelId: string): Promise<PhotoProgress[]> {
  const rows = await prisma.$queryRaw<{ name: string; total: number | bigint; embedded: number | bigint }[]>(
    Prisma.sql`SELECT d."name" AS "name", COUNT(DISTINCT p."sha256") AS "total", COUNT(DISTINCT e."sha256") AS "embedded"
      FROM "Dataset" d
      JOIN "Photo" p ON p."datasetId" = d."id"
      LEFT JOIN "Embedding" e ON e."sha256" = p."sha256" AND e."modelId" = ${modelId}
      GROUP BY d."name" ORDER BY d."name"`,
  );
  return rows.map((row) => ({ datasetName: row.name, total: Number(row.total), embedded: Number(row.embedded) }));
}
