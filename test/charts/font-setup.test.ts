import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { setUpChartFonts } from '../../src/charts/font-setup.ts';
import { makeTemporaryDirectory } from '../support/temporary-directory.ts';

const hasFcList = existsSync('/usr/bin/fc-list');

describe('setUpChartFonts', () => {
  it('writes a fonts.conf under the home folder that adds both Noto Sans JP folders and points FONTCONFIG_FILE at it', () => {
    const home = makeTemporaryDirectory('takumi-fonts-');
    const fonts = setUpChartFonts({ home });
    expect(fonts.configFile).toBe(path.join(home, 'fontconfig', 'fonts.conf'));
    expect(fonts.family).toBe('Noto Sans JP');
    expect(existsSync(fonts.regularFile) && existsSync(fonts.boldFile)).toBe(true);
    const configuration = readFileSync(fonts.configFile, 'utf8');
    expect(configuration).toContain(`<dir>${path.dirname(fonts.regularFile)}</dir>`);
    expect(configuration).toContain(`<dir>${path.dirname(fonts.boldFile)}</dir>`);
    expect(configuration).toContain(`<cachedir>${path.join(home, 'fontconfig', 'cache')}</cachedir>`);
    expect(process.env['FONTCONFIG_FILE']).toBe(fonts.configFile);
  });

  it.skipIf(!hasFcList)(
    'gives a configuration in which fontconfig finds Noto Sans JP regular and bold, even from a home path that needs XML escaping',
    () => {
      const home = makeTemporaryDirectory('takumi a&b <c> ');
      const fonts = setUpChartFonts({ home });
      const listed = execFileSync('/usr/bin/fc-list', ['-f', '%{family}|%{style}|%{file}\n', ':family=Noto Sans JP'], {
        env: { PATH: '/usr/bin:/bin', FONTCONFIG_FILE: fonts.configFile },
        encoding: 'utf8',
      });
      const styles = listed
        .trim()
        .split('\n')
        .map((line) => line.split('|'));
      expect(styles).toEqual(
        expect.arrayContaining([
          ['Noto Sans JP', 'Regular', fonts.regularFile],
          ['Noto Sans JP', 'Bold', fonts.boldFile],
        ]),
      );
    },
  );

  it('says what to do when the font package folder lacks the fonts', () => {
    const empty = makeTemporaryDirectory('takumi-no-fonts-');
    expect(() => setUpChartFonts({ home: empty, fontPackageDirectory: empty })).toThrow(
      expect.objectContaining({ code: 'CHART_FONT_MISSING', message: expect.stringMatching(/npm ci/) }),
    );
  });

  it('says what to do when the home folder cannot hold the configuration', () => {
    const file = path.join(makeTemporaryDirectory('takumi-fonts-'), 'not-a-folder');
    writeFileSync(file, 'x');
    expect(() => setUpChartFonts({ home: path.join(file, 'home') })).toThrow(
      expect.objectContaining({ code: 'CHART_FONT_CONFIG_UNWRITABLE', message: expect.stringMatching(/TAKUMI_HOME/) }),
    );
  });
});
