import type { PrismaClient } from '../../generated/prisma/client.ts';

/**
 * Marks a segmentation run that was computed for an answer the differencing rule refused as
 * 'withheld', so later questions keep using the latest run that was told (「セグメント2は？」 after a
 * refused 「4つに分けて」 describes the run the asker saw, instead of being refused again). Only a run
 * created at or after `since` (the refused call's start) is marked: an earlier run was told before.
 * The run's rows stay; only its status changes. Returns whether a run was marked.
 */
export async function withholdFreshRun(prisma: PrismaClient, runId: number, since: Date): Promise<boolean> {
  const marked = await prisma.run.updateMany({
    where: { id: runId, kind: 'segmentation', status: 'succeeded', createdAt: { gte: since } },
    data: { status: 'withheld' },
  });
  return marked.count > 0;
}
