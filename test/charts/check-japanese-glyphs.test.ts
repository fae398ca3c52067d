import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkJapaneseGlyphs } from '../../src/charts/check-japanese-glyphs.ts';
import { setUpChartFonts } from '../../src/charts/font-setup.ts';
import { makeTemporaryDirectory } from '../support/temporary-directory.ts';

const repositoryRoot = path.resolve(import.meta.dirname, '../..');
const source = (file: string): string => pathToFileURL(path.join(repositoryRoot, 'src/charts', file)).href;

describe('checkJapaneseGlyphs', () => {
  it('sees real glyphs once the chart fonts are set up (before any text was drawn in this process)', async () => {
    setUpChartFonts({ home: makeTemporaryDirectory('takumi-glyphs-') });
    const check = await checkJapaneseGlyphs();
    expect(check.aspectOfOne).toBeLessThan(0.3);
    expect(check.strokesOfThree).toBe(3);
    expect(check.rendersGlyphs).toBe(true);
  });

  it('sees boxes without a Japanese font, and renderChart refuses when the set-up came after text was drawn', () => {
    // A fresh process whose fontconfig knows only a Latin font folder, so the result does not
    // depend on which fonts this machine happens to have.
    const folder = makeTemporaryDirectory('takumi-no-cjk-');
    const latinOnly = path.join(folder, 'fonts.conf');
    writeFileSync(
      latinOnly,
      '<?xml version="1.0"?>\n<fontconfig><dir>/usr/share/fonts/truetype/dejavu</dir></fontconfig>\n',
    );
    const script = `
      const { checkJapaneseGlyphs } = await import(${JSON.stringify(source('check-japanese-glyphs.ts'))});
      const { setUpChartFonts } = await import(${JSON.stringify(source('font-setup.ts'))});
      const { renderChart } = await import(${JSON.stringify(source('render-chart.ts'))});
      const { buildSegmentSizesChart } = await import(${JSON.stringify(source('segment-sizes-chart.ts'))});
      const before = await checkJapaneseGlyphs();
      const fonts = setUpChartFonts({ home: ${JSON.stringify(folder)} });
      let error = null;
      try {
        await renderChart(buildSegmentSizesChart({ segments: [{ id: 0, customers: 1 }] }, 'ja'), { fonts, footer: { dataset: 'd', runId: 1, date: new Date(0) } });
      } catch (caught) {
        error = caught.code;
      }
      console.log(JSON.stringify({ before, error }));
    `;
    const output = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: repositoryRoot,
      env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', FONTCONFIG_FILE: latinOnly },
      encoding: 'utf8',
    });
    const result = JSON.parse(output.trim().split('\n').at(-1) as string) as {
      before: { rendersGlyphs: boolean; strokesOfThree: number };
      error: string | null;
    };
    expect(result.before.rendersGlyphs).toBe(false);
    expect(result.before.strokesOfThree).not.toBe(3);
    expect(result.error).toBe('CHART_FONT_NOT_APPLIED');
  });
});
