import { createHash } from 'node:crypto';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { databaseDialect } from '../database/database-dialect.ts';

/** Rows folded into one text per query: a few MB, so memory stays flat at any dataset size. */
const rowsPerPage = 50_000;

/**
 * The version of a dataset's rows: SHA-256 over its customers (id, external id, attributes), purchases
 * (id, customer, date, amount), photos (id, customer, content hash, posting time) and how many models
 * have embedded each photo — everything an analysis reads. Every model counts, not one: the analysis
 * reads whichever model embedded most of the photos (fp32, or int8 under `auto` on VNNI CPUs), so a
 * photo embedded by any model must change the version. Re-importing identical files
 * leaves it unchanged; any added, changed or newly embedded row changes it.
 *
 * The database writes each page of rows as one text (`group_concat` / `string_agg`) that is hashed
 * here: reading 235,700 customers and 700,000 purchases as Prisma objects took about 13 s of CPU per
 * question, pages of text about a fifth of that.
 */
export async function computeDataVersion(prisma: PrismaClient, datasetId: number): Promise<string> {
  const sql = versionQueries[databaseDialect(prisma)];
  const hash = createHash('sha256');
  hash.update('takumi-data-version-3\n');
  for (const [table, query] of [
    ['c', sql.customers],
    ['t', sql.transactions],
    ['p', sql.photos],
  ] as const) {
    for (let after = 0; ; ) {
      type Page = { n: number | bigint; last: number | null; text: string | null };
      const [page] = await prisma.$queryRawUnsafe<Page[]>(query, datasetId, after, rowsPerPage);
      if (!page || Number(page.n) === 0) break;
      hash.update(`${table}\n${page.text ?? ''}\n`);
      after = Number(page.last);
    }
  }
  return hash.digest('hex');
}

/** How many models have embedded the photo. */
const embeddedBy = `(SELECT count(*) FROM "Embedding" AS e WHERE e."sha256" = p."sha256")`;

/** One page of a dataset's rows after a given id, as `id<TAB>…` lines, oldest first. */
const versionQueries = {
  sqlite: {
    customers: page(
      `"id" || char(9) || "externalId" || char(9) || "attributes"`,
      '"Customer"',
      'group_concat(line, char(10))',
      '?',
    ),
    transactions: page(
      `"id" || char(9) || "customerId" || char(9) || "date" || char(9) || "amount"`,
      '"Transaction"',
      'group_concat(line, char(10))',
      '?',
    ),
    photos: page(
      `"id" || char(9) || "customerId" || char(9) || "sha256" || char(9) || coalesce("postedAt", '') || char(9) || ${embeddedBy}`,
      '"Photo" AS p',
      'group_concat(line, char(10))',
      '?',
    ),
  },
  postgresql: {
    customers: page(
      `"id"::text || E'\\t' || "externalId" || E'\\t' || "attributes"`,
      '"Customer"',
      `string_agg(line, E'\\n' ORDER BY "id")`,
      '$',
    ),
    transactions: page(
      `"id"::text || E'\\t' || "customerId"::text || E'\\t' || "date"::text || E'\\t' || "amount"::text`,
      '"Transaction"',
      `string_agg(line, E'\\n' ORDER BY "id")`,
      '$',
    ),
    photos: page(
      `"id"::text || E'\\t' || "customerId"::text || E'\\t' || "sha256" || E'\\t' || coalesce("postedAt"::text, '') || E'\\t' || ${embeddedBy}::text`,
      '"Photo" AS p',
      `string_agg(line, E'\\n' ORDER BY "id")`,
      '$',
    ),
  },
};

function page(line: string, table: string, aggregate: string, placeholder: '?' | '$'): string {
  // Parameters in order of appearance (SQLite's `?` binds by position): the dataset, the last id seen
  // and the page size.
  const parameter = (index: number): string => (placeholder === '?' ? '?' : `$${index}`);
  return (
    `SELECT count(*) AS n, max("id") AS last, ${aggregate} AS text FROM ` +
    `(SELECT "id", ${line} AS line FROM ${table} ` +
    `WHERE "datasetId" = ${parameter(1)} AND "id" > ${parameter(2)} ORDER BY "id" LIMIT ${parameter(3)}) AS rows_page`
  );
}
/**
 * The dataset's version now, computed from its rows (so rows written by any path count, not only
 * imports) and stored on the dataset when it changed.
 */
export async function refreshDataVersion(prisma: PrismaClient, datasetId: number): Promise<string> {
  const version = await computeDataVersion(prisma, datasetId);
  const stored = await prisma.dataset.findUniqueOrThrow({ where: { id: datasetId }, select: { dataVersion: true } });
  if (stored.dataVersion !== version)
    await prisma.dataset.update({ where: { id: datasetId }, data: { dataVersion: version } });
  return version;
}
