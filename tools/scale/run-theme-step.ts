/**
 * One measured step of bench:themes, in its own process (so its peak RSS is its own):
 *   reduce — fit the reducer and store every reduced vector; new — findThemesInDatabase;
 *   old — every 2048-d vector of the dataset loaded (loadDatasetForAnalysis), then findVisualThemes.
 * Prints one JSON line: seconds, peak RSS (VmHWM), themes, and with labelsFile the [sha256, theme] pairs' file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findThemesInDatabase } from '../../src/data/analysis/find-themes-in-database.ts';
import { openDatabase } from '../../src/data/database/open-database.ts';
import { ensureEmbeddingReducer, reduceStoredEmbeddings } from '../../src/data/embedding-store/embedding-reducer.ts';
import { loadDatasetForAnalysis } from '../../src/data/ingest/load-dataset-for-analysis.ts';
import { findVisualThemes } from '../../src/engine/themes/find-visual-themes.ts';

/** What one step prints. */
export interface ThemeStepReport {
  path: 'reduce' | 'new' | 'old';
  photos: number;
  seconds: number;
  peakRssMb: number;
  themes: number;
  labelsFile?: string;
}

const request = JSON.parse(process.argv[2]!) as {
  databaseUrl: string;
  modelId: string;
  path: ThemeStepReport['path'];
  datasetId: number;
  labelsFile?: boolean;
};
const themeOptions = {
  k: null,
  minK: 4,
  maxK: 12,
  components: 64,
  seed: 7,
  threads: 2,
  initializations: 2,
  restarts: 0,
  tieTolerance: 0,
};
const database = await openDatabase({ databaseUrl: request.databaseUrl });
const started = performance.now();
let photos = 0;
let themes = 0;
let pairs: [string, number][] = [];
if (request.path === 'reduce') {
  const reducer = (await ensureEmbeddingReducer(database.prisma, request.modelId, { components: 64, seed: 7 }))!;
  photos = await reduceStoredEmbeddings(database.prisma, reducer, { threads: 2 });
} else if (request.path === 'new') {
  const result = await findThemesInDatabase({
    prisma: database.prisma,
    datasetId: request.datasetId,
    modelId: request.modelId,
    options: themeOptions,
  });
  photos = result.stats.photos;
  themes = result.themes.length;
  pairs = result.sha256s.map((sha256, index) => [sha256, result.photoThemes[index]!]);
} else {
  const dataset = await database.prisma.dataset.findUniqueOrThrow({ where: { id: request.datasetId } });
  const loaded = await loadDatasetForAnalysis(database.prisma, dataset.name, { modelId: request.modelId });
  const distinct = [...loaded.embeddings.entries()];
  const result = await findVisualThemes(
    distinct.map(([, embedding]) => embedding),
    themeOptions,
  );
  photos = distinct.length;
  themes = result.themes.length;
  pairs = distinct.map(([sha256], index) => [sha256, result.photoThemes[index]!]);
}
const seconds = (performance.now() - started) / 1000;
await database.close();
const status = readFileSync('/proc/self/status', 'utf8').match(/VmHWM:\s+(\d+) kB/);
const report: ThemeStepReport = {
  path: request.path,
  photos,
  seconds: Number(seconds.toFixed(1)),
  peakRssMb: Math.round(status ? Number(status[1]) / 1024 : process.resourceUsage().maxRSS / 1024),
  themes,
};
if (request.labelsFile) {
  report.labelsFile = path.join(os.tmpdir(), `bench-themes-${process.pid}.json`);
  writeFileSync(report.labelsFile, JSON.stringify(pairs));
}
console.log(JSON.stringify(report));
