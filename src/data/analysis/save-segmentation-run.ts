import type { KScore } from '../../engine/clustering/choose-k.ts';
import type { LifetimeValueEstimate } from '../../engine/clv/estimate-lifetime-values.ts';
import type { SegmentProfile } from '../../engine/segments/profile-segments.ts';
import type { VisualTheme } from '../../engine/themes/find-visual-themes.ts';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { SegmentationAnalysis, SegmentationAssignments } from './segmentation-analysis.ts';

/** Everything a segmentation run stores. */
export interface SegmentationRunRecord {
  datasetId: number;
  datasetName: string;
  options: { seed: number } & Record<string, unknown>;
  asOf: Date;
  customerCount: number;
  photoCount: number;
  themes: VisualTheme[];
  themeSilhouette: KScore[] | null;
  segments: SegmentProfile[];
  segmentSilhouette: KScore[] | null;
  lifetimeValue: LifetimeValueEstimate | null;
  projection: { x: number; y: number; theme: number }[];
  warnings: string[];
  assignments: SegmentationAssignments;
}

/** Stores a finished segmentation run in one transaction and returns it as read back later. */
export async function saveSegmentationRun(prisma: PrismaClient, record: SegmentationRunRecord): Promise<SegmentationAnalysis> {
  const lifetimeValue = record.lifetimeValue
    ? { purchaseModel: record.lifetimeValue.purchaseModel, spendModel: record.lifetimeValue.spendModel, horizonMonths: record.lifetimeValue.horizonMonths, monthlyDiscountRate: record.lifetimeValue.monthlyDiscountRate }
    : null;
  const summary = {
    asOf: record.asOf.toISOString(),
    customerCount: record.customerCount,
    photoCount: record.photoCount,
    themes: record.themes,
    themeSilhouette: record.themeSilhouette,
    segments: record.segments,
    segmentSilhouette: record.segmentSilhouette,
    lifetimeValue,
  };
  const run = await prisma.$transaction(async (transaction) => {
    const created = await transaction.run.create({
      data: {
        datasetId: record.datasetId,
        kind: 'segmentation',
        parameters: JSON.stringify(record.options),
        seed: record.options.seed,
        status: 'succeeded',
        finishedAt: new Date(),
        warnings: JSON.stringify(record.warnings),
      },
    });
    await transaction.runResult.createMany({
      data: [
        { runId: created.id, key: 'summary', value: JSON.stringify(summary) },
        { runId: created.id, key: 'projection', value: JSON.stringify(record.projection) },
        { runId: created.id, key: 'photo-themes', value: JSON.stringify(Object.fromEntries(record.assignments.themeByPhoto)) },
      ],
    });
    await transaction.customerAssignment.createMany({
      data: [...record.assignments.segmentByCustomer].map(([customerId, label]) => ({
        runId: created.id,
        customerId,
        label,
        score: record.assignments.lifetimeValueByCustomer.get(customerId) ?? null,
      })),
    });
    return created;
  });
  return {
    runId: run.id,
    datasetName: record.datasetName,
    createdAt: run.createdAt,
    asOf: record.asOf,
    seed: run.seed,
    customerCount: record.customerCount,
    photoCount: record.photoCount,
    themes: record.themes,
    themeSilhouette: record.themeSilhouette,
    segments: record.segments,
    segmentSilhouette: record.segmentSilhouette,
    lifetimeValue,
    projection: record.projection,
    warnings: record.warnings,
  };
}
