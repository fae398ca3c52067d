/**
 * One size of the scale benchmark, in its own process (so its peak RSS is its own): imports the files
 * written by write-scaled-cdnow.ts into a fresh database, runs the segmentation analysis (themes,
 * features, CLV, segments) as a question would, then answers questions with the offline agent on the
 * stored run. Each stage's time and peak RSS (Linux VmHWM, reset between stages) are measured.
 *   tsx tools/scale/run-scale-stages.ts <request JSON>   → last stdout line: the StageReport JSON
 */
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** What the parent asks for. */
export interface StageRequest {
  files: { customersFile: string; transactionsFile: string; photosFile: string | null };
  /** Folder every photo path lies in (the shared sample). */
  photosRoot: string | null;
  /** Scratch folder: TAKUMI_HOME of this run (its SQLite database, charts, logs). */
  home: string;
  modelDirectory: string;
  /** postgresql://… of a fresh database, or null for SQLite under `home`. */
  databaseUrl: string | null;
  /** SQLite file with the sample photos' embeddings (copied in before the import; not timed). */
  embeddingCache: string | null;
  modelId: string;
}

/** Time and peak resident memory of one stage. */
export interface StageFigures {
  seconds: number;
  /** CPU time of this process (all its threads), seconds: steadier than wall time on a shared machine. */
  cpuSeconds: number;
  /** Highest RSS during the stage, in MB (process-wide high-water mark where VmHWM cannot be reset). */
  peakRssMb: number;
}

export interface StageReport {
  stages: Record<string, StageFigures>;
  /** Segmentation's own steps (loading, themes, features and CLV, segments, saving), seconds. */
  segmentationSteps: Record<string, number>;
  imported: { customers: number; transactions: number; photos: number; rowErrors: number; fileErrors: number };
  segments: number;
  themes: number;
  segmentationRuns: number;
  toolCalls: string[];
  /** Seconds per tool call, in call order (`answer:tool`). */
  toolSeconds: Record<string, number>;
  peakRssMb: number;
}

const highWaterMark = (): number => {
  const status = readFileSync('/proc/self/status', 'utf8').match(/VmHWM:\s+(\d+) kB/);
  return status ? Number(status[1]) / 1024 : process.resourceUsage().maxRSS / 1024;
};

/** Linux resets VmHWM to the current RSS on writing 5 to clear_refs; elsewhere peaks stay cumulative. */
const resetHighWaterMark = (): void => {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
  } catch {
    // Not Linux: stage peaks are then the process's peak so far.
  }
};

export async function runScaleStages(request: StageRequest, log: (line: string) => void): Promise<StageReport> {
  process.env['TAKUMI_HOME'] = request.home;
  process.env['TAKUMI_MODEL_DIR'] = request.modelDirectory;
  if (request.databaseUrl) process.env['DATABASE_URL'] = request.databaseUrl;
  else delete process.env['DATABASE_URL'];
  delete process.env['OPENAI_API_KEY'];
  const { loadConfig } = await import('../../src/config/load-config.ts');
  const { openDatabase } = await import('../../src/data/database/open-database.ts');
  const { findEmbeddings, saveEmbeddings } = await import('../../src/data/embedding-store/embedding-store.ts');
  const { importDataset } = await import('../../src/data/ingest/import-dataset.ts');
  const { runSegmentationAnalysis } = await import('../../src/data/analysis/run-segmentation-analysis.ts');
  const { createRuntime } = await import('../../src/agent/create-runtime.ts');
  const { answerQuestion } = await import('../../src/agent/answer-question.ts');
  const { allTools } = await import('../../src/tools/all-tools.ts');
  const config = loadConfig();
  const stages: Record<string, StageFigures> = {};
  const stage = async <Result>(name: string, work: () => Promise<Result>): Promise<Result> => {
    resetHighWaterMark();
    const started = performance.now();
    const cpu = process.cpuUsage();
    const result = await work();
    const used = process.cpuUsage(cpu);
    stages[name] = {
      seconds: round((performance.now() - started) / 1000),
      cpuSeconds: round((used.user + used.system) / 1e6),
      peakRssMb: Math.round(highWaterMark()),
    };
    log(`${name}: ${stages[name].seconds} s (CPU ${stages[name].cpuSeconds} s), peak RSS ${stages[name].peakRssMb} MB`);
    return result;
  };

  const database = await openDatabase({ databaseUrl: config.databaseUrl });
  let imported: StageReport['imported'];
  const segmentationSteps: Record<string, number> = {};
  let analysis: Awaited<ReturnType<typeof runSegmentationAnalysis>>;
  try {
    if (request.embeddingCache && request.files.photosFile) {
      // The sample photos' vectors, stored as an earlier import would have: embedding speed is bench:embed's subject.
      const cache = await openDatabase({ databaseUrl: `file:${request.embeddingCache}` });
      try {
        const rows = await cache.prisma.embedding.findMany({
          where: { modelId: request.modelId },
          select: { sha256: true },
        });
        const stored = await findEmbeddings(
          cache.prisma,
          request.modelId,
          rows.map((row) => row.sha256),
        );
        await saveEmbeddings(database.prisma, request.modelId, [...stored.values()]);
        log(`${stored.size} sample photo embeddings stored before the import`);
      } finally {
        await cache.close();
      }
    }
    const report = await stage('import', () =>
      importDataset({
        prisma: database.prisma,
        datasetName: 'scale',
        customersFile: request.files.customersFile,
        transactionsFile: request.files.transactionsFile,
        ...(request.files.photosFile ? { photos: request.files.photosFile } : {}),
        ...(request.photosRoot ? { photosRoot: request.photosRoot } : {}),
        currency: 'USD',
      }),
    );
    imported = {
      customers: report.customers ? report.customers.added + report.customers.updated + report.customers.unchanged : 0,
      transactions: report.transactions
        ? report.transactions.added + report.transactions.updated + report.transactions.unchanged
        : 0,
      photos: report.photos ? report.photos.added + report.photos.updated + report.photos.unchanged : 0,
      rowErrors: report.rowErrors.length,
      fileErrors: report.fileErrors.length,
    };
    if (report.fileErrors.length > 0) throw new Error(`import refused a file: ${JSON.stringify(report.fileErrors)}`);
    log(`imported ${JSON.stringify(imported)}; first row issues: ${JSON.stringify(report.rowErrors.slice(0, 2))}`);
    const marks: [string, number][] = [];
    analysis = await stage('segmentation', () =>
      // The options the tools use (loadOrRunSegmentation), so the answers below reuse this run.
      runSegmentationAnalysis({
        prisma: database.prisma,
        datasetName: 'scale',
        options: { threads: config.threads, segments: { minSegmentSize: config.minimumGroupSize } },
        onStep: (step) => marks.push([step.label, performance.now()]),
      }),
    );
    // Each step lasts until the next one starts; 'segments' includes storing the run.
    for (let index = 0; index + 1 < marks.length; index += 1)
      segmentationSteps[marks[index]![0]] = round((marks[index + 1]![1] - marks[index]![1]) / 1000);
  } finally {
    await database.close();
  }

  const toolCalls: string[] = [];
  const toolSeconds: Record<string, number> = {};
  let answerNumber = 0;
  // Each tool's own time, so a slow answer shows where its time goes.
  const timedTools = allTools.map((tool) => ({
    ...tool,
    run: async (input: never, context: never) => {
      const started = performance.now();
      try {
        return await tool.run(input, context);
      } finally {
        toolSeconds[`${answerNumber}:${tool.name}`] = round((performance.now() - started) / 1000);
      }
    },
  })) as unknown as typeof allTools;
  const questions = ['顧客をセグメントに分けて', 'ROIが出る顧客層はどこ？費用は1人2ドル', 'セグメント1を説明して'];
  const runtime = await stage('answer start-up', () => createRuntime());
  try {
    for (const [index, question] of questions.entries()) {
      answerNumber = index + 1;
      const result = await stage(`answer ${index + 1}`, () =>
        answerQuestion({
          question,
          tools: timedTools,
          prisma: runtime.database.prisma,
          config: runtime.config,
          logger: runtime.logger,
          defaultDataset: 'scale',
          chartFonts: runtime.chartFonts,
          sensitiveValues: runtime.sensitiveValues,
        }),
      );
      for (const call of result.toolCalls) toolCalls.push(`${index + 1}:${call.name}:${call.outcome}`);
      log(
        `  ${question} → ${result.toolCalls.map((call) => call.name).join(', ')}: ${result.answer.slice(0, 160).replaceAll('\n', ' ')}`,
      );
    }
    const runs = await runtime.database.prisma.run.count({ where: { kind: 'segmentation' } });
    return {
      stages,
      segmentationSteps,
      imported,
      segments: analysis.segments.length,
      themes: analysis.themes.length,
      segmentationRuns: runs,
      toolCalls,
      toolSeconds,
      // Resetting VmHWM resets getrusage's maximum too, so the run's peak is the highest stage peak.
      peakRssMb: Object.values(stages).reduce((most, figures) => Math.max(most, figures.peakRssMb), 0),
    };
  } finally {
    await runtime.close();
  }
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

const [, script, requestJson] = process.argv;
if (script && path.resolve(script).endsWith(path.join('scale', 'run-scale-stages.ts')) && requestJson) {
  const report = await runScaleStages(JSON.parse(requestJson) as StageRequest, (line) => console.error(line));
  console.error(`machine: ${os.cpus()[0]?.model ?? 'CPU'} × ${os.cpus().length}`);
  console.log(JSON.stringify(report));
}
