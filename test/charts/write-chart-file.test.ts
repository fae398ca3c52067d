import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { writeChartFile } from '../../src/charts/write-chart-file.ts';
import { makeTemporaryDirectory } from '../support/temporary-directory.ts';

const png = await sharp({ create: { width: 4, height: 3, channels: 3, background: 'white' } })
  .png()
  .toBuffer();

describe('writeChartFile', () => {
  it('names the file in kebab-case with the run id, creating the folder', async () => {
    const directory = path.join(makeTemporaryDirectory('takumi-write-'), 'charts', 'nested');
    const file = await writeChartFile(png, directory, 'Segment Sizes / Café', { runId: 'Run 12' });
    expect(file).toBe(path.join(directory, 'segment-sizes-cafe-run-run-12.png'));
    expect(readFileSync(file).equals(png)).toBe(true);
    expect(readdirSync(directory)).toEqual(['segment-sizes-cafe-run-run-12.png']);
  });

  it('uses a sortable UTC timestamp without a run id, and "chart" for names with no ASCII left', async () => {
    const directory = makeTemporaryDirectory('takumi-write-');
    const file = await writeChartFile(png, directory, 'セグメント別の顧客数', {
      now: () => new Date('2025-01-31T03:04:05.678Z'),
    });
    expect(path.basename(file)).toBe('chart-20250131-030405-678.png');
    expect(path.basename(await writeChartFile(png, directory, 'roiRange', { runId: 7 }))).toBe('roi-range-run-7.png');
  });

  it('refuses bytes that are not a PNG', async () => {
    const directory = makeTemporaryDirectory('takumi-write-');
    await expect(writeChartFile(Buffer.from('<svg/>'), directory, 'x')).rejects.toMatchObject({
      code: 'CHART_INVALID_DATA',
    });
    expect(readdirSync(directory)).toEqual([]);
  });
});

describe('writeChartFile never overwrites an earlier answer’s chart', () => {
  it('takes the next free name for the same run', async () => {
    const { mkdtemp, readFile } = await import('node:fs/promises');
    const os = await import('node:os');
    const folder = await mkdtemp(path.join(os.tmpdir(), 'takumi-chart-'));
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1]);
    const first = await writeChartFile(png, folder, 'roi', { runId: 3 });
    const second = await writeChartFile(Buffer.concat([png, Buffer.from([2])]), folder, 'roi', { runId: 3 });
    expect(path.basename(first)).toBe('roi-run-3.png');
    expect(path.basename(second)).toBe('roi-run-3-2.png');
    expect((await readFile(first)).length).toBe(9);
    expect(readdirSync(folder).sort()).toEqual(['roi-run-3-2.png', 'roi-run-3.png']);
  });
});
