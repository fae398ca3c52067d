import type { LifetimeValueEstimate } from '../../engine/clv/estimate-lifetime-values.ts';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { insertRows } from '../ingest/insert-rows.ts';
import { writeTransactionOptions } from '../ingest/write-transaction-options.ts';
import type { SegmentationAnalysis, SegmentationAssignments } from './segmentation-analysis.ts';

/** Everything a segmentation run stores: the analysis as returned later, plus what it came from. */
export interface SegmentationRunRecord
  extends Omit<SegmentationAnalysis, 'runId' | 'createdAt' | 'seed' | 'lifetimeValue'> {
  datasetId: number;
  options: { seed: number } & Record<string, unknown>;
  lifetimeValue: LifetimeValueEstimate | null;
  assignments: SegmentationAssignments;
}

/** Stores a finished segmentation run in one transaction and returns it as read back later. */
export async function saveSegmentationRun(
  prisma: PrismaClient,
  record: SegmentationRunRecord,
): Promise<SegmentationAnalysis> {
  const lifetimeValue = record.lifetimeValue
    ? {
        purchaseModel: record.lifetimeValue.purchaseModel,
        spendModel: record.lifetimeValue.spendModel,
        horizonMonths: record.lifetimeValue.horizonMonths,
        monthlyDiscountRate: record.lifetimeValue.monthlyDiscountRate,
      }
    : null;
  const { datasetId, options, assignments, projection, warnings, datasetName, currency, ...stored } = record;
  const summary = { ...stored, asOf: record.asOf.toISOString(), lifetimeValue };
  const run = await prisma.$transaction(async (transaction) => {
    const created = await transaction.run.create({
      data: {
        datasetId,
        kind: 'segmentation',
        parameters: JSON.stringify(options),
        seed: options.seed,
        status: 'succeeded',
        finishedAt: new Date(),
        warnings: JSON.stringify(warnings),
      },
    });
    await transaction.runResult.createMany({
      data: [
        { runId: created.id, key: 'summary', value: JSON.stringify(summary) },
        { runId: created.id, key: 'projection', value: JSON.stringify(projection) },
        { runId: created.id, key: 'photo-themes', value: JSON.stringify(Object.fromEntries(assignments.themeByPhoto)) },
      ],
    });
    await insertRows(
      transaction,
      'CustomerAssignment',
      Array.from(assignments.segmentByCustomer, ([customerId, label]) => ({
        runId: created.id,
        customerId,
        label,
        score: assignments.lifetimeValueByCustomer.get(customerId) ?? null,
      })),
    );
    return created;
    // 235,700 assignments take longer than Prisma's 5 s default on a busy machine.
  }, writeTransactionOptions);
  return {
    ...stored,
    datasetName,
    currency,
    projection,
    warnings,
    lifetimeValue,
    runId: run.id,
    createdAt: run.createdAt,
    seed: run.seed,
  };
}
