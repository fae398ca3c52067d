import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ChartError } from './chart-error.ts';

/** Family every chart text is drawn in; it covers Japanese and Latin, so one family serves both languages. */
export const chartFontFamily = 'Noto Sans JP';

/** What {@link setUpChartFonts} prepared; {@link renderChart} takes it as proof that set-up ran. */
export interface ChartFonts {
  family: string;
  /** The fonts.conf written under the cache folder, now named by `FONTCONFIG_FILE`. */
  configFile: string;
  /** Font files for text measurement: regular for labels, bold for titles. */
  regularFile: string;
  boldFile: string;
}

/** Settings of {@link setUpChartFonts}. */
export interface ChartFontOptions {
  /** Takumi's writable home, e.g. `loadConfig().home`; fonts.conf and fontconfig's cache go under it. */
  home: string;
  /** Folder of `@expo-google-fonts/noto-sans-jp`; null resolves the installed package. */
  fontPackageDirectory: string | null;
}

export const defaultChartFontOptions: Omit<ChartFontOptions, 'home'> = { fontPackageDirectory: null };

// System font folders on Linux and macOS, so symbols and emoji Noto Sans JP lacks still find a font;
// fontconfig skips the ones that do not exist.
const systemFontDirectories = ['/usr/share/fonts', '/usr/local/share/fonts', '/System/Library/Fonts', '/Library/Fonts'];

/**
 * Makes Japanese chart text render as real glyphs. **Call once at process start, before anything
 * renders SVG text with sharp** (the bot's and CLI's `main`, right after `loadConfig()`):
 *
 * ```ts
 * const fonts = setUpChartFonts({ home: loadConfig().home });
 * ```
 *
 * Why: sharp draws SVG text with librsvg → pango → fontconfig. This machine (like most servers) has
 * no CJK font, so Japanese came out as boxes. fontconfig only reads its configuration when the first
 * text is drawn, and never again in that process, so this function writes a fonts.conf that adds the
 * bundled Noto Sans JP (plus the system fonts) and points `FONTCONFIG_FILE` at it. Measured: set
 * before the first text render it works, even after sharp is loaded; set after, it silently does not
 * (some libvips threads keep drawing boxes). Embedding the font with `@font-face` does not work at
 * all: librsvg ignores web fonts.
 *
 * This is the **only place in Takumi that writes `process.env`** (reading stays in
 * `src/config/load-config.ts`); it overwrites any `FONTCONFIG_FILE` set before. Child processes
 * inherit it, which is harmless. It must run on the main thread: a worker's `process.env` is a copy
 * that native code does not see.
 *
 * Synchronous and idempotent (rewrites the same file). {@link checkJapaneseGlyphs} verifies it worked.
 */
export function setUpChartFonts(options: Partial<ChartFontOptions> & Pick<ChartFontOptions, 'home'>): ChartFonts {
  const settings: ChartFontOptions = { ...defaultChartFontOptions, ...options };
  const packageDirectory = settings.fontPackageDirectory ?? resolveFontPackageDirectory();
  const regularFile = path.join(packageDirectory, '400Regular', 'NotoSansJP_400Regular.ttf');
  const boldFile = path.join(packageDirectory, '700Bold', 'NotoSansJP_700Bold.ttf');
  for (const file of [regularFile, boldFile]) {
    if (!existsSync(file)) {
      throw new ChartError(
        'CHART_FONT_MISSING',
        `Font file ${file} is missing; reinstall dependencies (npm ci) so @expo-google-fonts/noto-sans-jp is complete.`,
        { file },
      );
    }
  }
  const fontconfigDirectory = path.join(path.resolve(settings.home), 'fontconfig');
  const configFile = path.join(fontconfigDirectory, 'fonts.conf');
  try {
    mkdirSync(path.join(fontconfigDirectory, 'cache'), { recursive: true });
    writeFileSync(
      configFile,
      fontsConfiguration([path.dirname(regularFile), path.dirname(boldFile)], path.join(fontconfigDirectory, 'cache')),
    );
  } catch (error) {
    throw new ChartError(
      'CHART_FONT_CONFIG_UNWRITABLE',
      `Cannot write ${configFile}: ${(error as Error).message}. Make TAKUMI_HOME a writable folder.`,
      { configFile },
      { cause: error },
    );
  }
  process.env['FONTCONFIG_FILE'] = configFile;
  return { family: chartFontFamily, configFile, regularFile, boldFile };
}

function resolveFontPackageDirectory(): string {
  try {
    return path.dirname(createRequire(import.meta.url).resolve('@expo-google-fonts/noto-sans-jp/package.json'));
  } catch (error) {
    throw new ChartError(
      'CHART_FONT_MISSING',
      'Package @expo-google-fonts/noto-sans-jp is not installed; run npm ci in the Takumi folder.',
      {},
      { cause: error },
    );
  }
}

function fontsConfiguration(fontDirectories: string[], cacheDirectory: string): string {
  const escapeXml = (text: string): string =>
    text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  // Our cache folder comes first: when fontconfig writes a cache it uses the first writable cachedir,
  // so Takumi never writes outside its home. The system configuration keeps the usual aliases.
  return [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">',
    '<!-- Written by Takumi (src/charts/font-setup.ts) at every start; edits are overwritten. -->',
    '<fontconfig>',
    `  <cachedir>${escapeXml(cacheDirectory)}</cachedir>`,
    '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>',
    ...[...new Set(fontDirectories)].map((directory) => `  <dir>${escapeXml(directory)}</dir>`),
    ...systemFontDirectories.map((directory) => `  <dir>${directory}</dir>`),
    '</fontconfig>',
    '',
  ].join('\n');
}
