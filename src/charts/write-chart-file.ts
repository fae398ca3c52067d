import { link, mkdir, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ChartError } from './chart-error.ts';

/** Settings of {@link writeChartFile}. */
export interface WriteChartFileOptions {
  /** Run the chart belongs to; gives `name-run-12.png`. Null uses a UTC timestamp instead. */
  runId: number | string | null;
  /** Clock for the timestamp suffix (tests pin it). */
  now: () => Date;
}

export const defaultWriteChartFileOptions: WriteChartFileOptions = { runId: null, now: () => new Date() };

const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * Writes a rendered chart PNG under `directory` (created if needed) and returns its path. The file
 * name is `name` in ASCII kebab-case (e.g. "Segment sizes" → `segment-sizes`, or `chart` when nothing
 * ASCII is left) plus `-run-<id>` or a timestamp, so names are safe on every file system and in Slack
 * uploads. Writes to a temporary file and renames it, so nobody ever uploads half a PNG.
 */
export async function writeChartFile(
  png: Buffer,
  directory: string,
  name: string,
  options: Partial<WriteChartFileOptions> = {},
): Promise<string> {
  const settings: WriteChartFileOptions = { ...defaultWriteChartFileOptions, ...options };
  if (png.length < pngSignature.length || !png.subarray(0, pngSignature.length).equals(pngSignature)) {
    throw new ChartError(
      'CHART_INVALID_DATA',
      `writeChartFile got ${png.length} bytes that are not a PNG; pass the Buffer renderChart returned.`,
      { name },
    );
  }
  const now = settings.now();
  if (settings.runId === null && Number.isNaN(now.getTime())) {
    throw new ChartError(
      'CHART_INVALID_DATA',
      'writeChartFile: the clock returned an invalid Date; pass a valid `now`.',
      { name },
    );
  }
  const suffix = settings.runId === null ? timestamp(now) : `run-${kebabCase(String(settings.runId)) || 'unknown'}`;
  const stem = path.join(directory, `${kebabCase(name) || 'chart'}-${suffix}`);
  const temporary = `${stem}.${process.pid}.${Date.now()}.tmp`;
  let file = `${stem}.png`;
  try {
    await mkdir(directory, { recursive: true });
    await writeFile(temporary, png);
    // A chart of an earlier answer is never overwritten: link() fails on an existing name, so the
    // next free one (-2, -3, …) is taken, atomically, and nobody ever uploads half a PNG.
    for (let copy = 2; ; copy += 1) {
      try {
        await link(temporary, file);
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || copy > 10_000) throw error;
        file = `${stem}-${copy}.png`;
      }
    }
    await unlink(temporary);
  } catch (error) {
    await unlink(temporary).catch(() => {});
    throw new ChartError(
      'CHART_WRITE_FAILED',
      `Could not write chart ${file}: ${(error as Error).message}. Check that the folder is writable.`,
      { file },
      { cause: error },
    );
  }
  return file;
}

function kebabCase(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

function timestamp(date: Date): string {
  // 2025-01-31T03:04:05.678Z → 20250131-030405-678: sortable, no colons (invalid on Windows).
  return date.toISOString().replace(/[-:]/g, '').replace('T', '-').replace('.', '-').replace('Z', '');
}
