import type { PrismaClient } from '../../generated/prisma/client.ts';
import { loadSegmentationRun } from './load-segmentation-run.ts';
import type { SegmentationAnalysis } from './segmentation-analysis.ts';

/** Stored runs looked at, newest first: older ones are almost never the ones asked for again. */
const lookBack = 20;

/**
 * Settings that change a segmentation's result, as stored with a run, so equal settings compare equal.
 * Threads only change the speed.
 */
export function segmentationSettingsKey(parameters: Record<string, unknown>): string {
  const { threads: _threads, ...rest } = parameters;
  return stableJson(rest);
}

/**
 * The newest stored segmentation of the dataset computed from exactly the rows it has now
 * (`dataVersion`) with the same settings, or null. Reusing it is exact, not an approximation: every
 * random step is seeded, so running again would give the same run.
 */
export async function findReusableSegmentation(
  prisma: PrismaClient,
  datasetName: string,
  settingsKey: string,
  dataVersion: string,
): Promise<SegmentationAnalysis | null> {
  const runs = await prisma.run.findMany({
    where: { kind: 'segmentation', status: 'succeeded', dataset: { name: datasetName } },
    orderBy: { id: 'desc' },
    take: lookBack,
    select: { id: true, parameters: true },
  });
  for (const run of runs) {
    if (segmentationSettingsKey(JSON.parse(run.parameters) as Record<string, unknown>) !== settingsKey) continue;
    const { analysis } = await loadSegmentationRun(prisma, datasetName, run.id);
    if (analysis.dataVersion === dataVersion) return analysis;
  }
  return null;
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object' && !(value instanceof Date))
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${stableJson((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  return JSON.stringify(value) ?? 'null';
}
