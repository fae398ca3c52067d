/**
 * Benchmark of the clustering engine: k-means on a seeded Gaussian mixture shaped like image
 * embeddings (20,000 × 2048 float32, 20 planted clusters), against scikit-learn on the same data.
 *
 *   npx tsx tools/bench-cluster.ts [--json] [--rows N] [--columns D] [--k K] [--spread S] [--repeats R] [--no-reference]
 *
 * Times `kMeans` (k-means++ with one initialisation, seed 0) `--repeats` times in one process and
 * reports the median. The reference inertia comes from Debian's /usr/bin/python3 with
 * python3-sklearn (tools/reference/kmeans-reference.py; `TAKUMI_PYTHON` overrides the interpreter)
 * reading the same matrix from a temporary .npy file; without python/sklearn the reference is null
 * and the reason is printed. The last stdout line is one JSON object
 * `{"seconds", "inertia", "referenceInertia", …}`; with --json the other lines go to stderr.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { adjustedRandIndex } from '../src/engine/clustering/adjusted-rand-index.ts';
import { kMeans, type KMeansResult } from '../src/engine/clustering/k-means.ts';
import { createRandom } from '../src/engine/random/create-random.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const json = argv.includes('--json');
const numberArgument = (name: string, fallback: number): number => {
  const index = argv.indexOf(name);
  return index >= 0 ? Number(argv[index + 1]) : fallback;
};
const rows = numberArgument('--rows', 20_000);
const columns = numberArgument('--columns', 2048);
const k = numberArgument('--k', 20);
const repeats = numberArgument('--repeats', 3);
/** Spread of the planted centres around their shared offset; the noise per value is 0.8 to 1.2. */
const spread = numberArgument('--spread', 0.35);
const log = (line: string): void => {
  if (json) process.stderr.write(`${line}\n`);
  else console.log(line);
};

/**
 * Planted clusters as embedding models produce them: centres spread around a shared offset,
 * unequal cluster sizes and per-cluster noise levels, noise dominating the distances (so the
 * planted partition is only partly recoverable, as with real embeddings, and Lloyd needs many
 * iterations). The planted labels come back for ARI.
 */
function generateMixture(seed: number): { data: Float32Array; truth: Int32Array } {
  const random = createRandom(seed);
  // Embeddings sit far from zero (ResNet features are all ≥ 0, mean about their spread).
  const offset = Float64Array.from({ length: columns }, () => 1 + 0.5 * random.normal());
  const centres = Float64Array.from(
    { length: k * columns },
    (_, index) => offset[index % columns]! + random.normal() * spread,
  );
  const noise = Float64Array.from({ length: k }, () => 0.8 + 0.4 * random.next());
  const weights = Float64Array.from({ length: k }, () => 0.5 + random.next());
  const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
  const data = new Float32Array(rows * columns);
  const truth = new Int32Array(rows);
  for (let row = 0; row < rows; row += 1) {
    let draw = random.next() * totalWeight;
    let cluster = 0;
    while (cluster < k - 1 && draw >= weights[cluster]!) draw -= weights[cluster++]!;
    truth[row] = cluster;
    const scale = noise[cluster]!;
    for (let column = 0; column < columns; column += 1) {
      data[row * columns + column] = centres[cluster * columns + column]! + scale * random.normal();
    }
  }
  return { data, truth };
}

/** numpy's .npy v1.0 format: magic, little-endian header length, dict padded to 64 bytes. */
function writeNpy(file: string, data: Float32Array): void {
  let header = `{'descr': '<f4', 'fortran_order': False, 'shape': (${rows}, ${columns}), }`;
  header += `${' '.repeat(63 - ((10 + header.length) % 64))}\n`;
  const prefix = Buffer.alloc(10);
  prefix.write('\x93NUMPY', 0, 'latin1');
  prefix.writeUInt8(1, 6);
  prefix.writeUInt8(0, 7);
  prefix.writeUInt16LE(header.length, 8);
  writeFileSync(
    file,
    Buffer.concat([prefix, Buffer.from(header, 'latin1'), Buffer.from(data.buffer, data.byteOffset, data.byteLength)]),
  );
}

interface Reference {
  inertia: number;
  seconds: number;
  iterations: number;
  labels: Int32Array;
  sklearn: string;
}

function runReference(data: Float32Array): Reference | string {
  const directory = mkdtempSync(path.join(tmpdir(), 'takumi-bench-cluster-'));
  try {
    const dataFile = path.join(directory, 'data.npy');
    const labelsFile = path.join(directory, 'labels.i32');
    writeNpy(dataFile, data);
    const script = path.join(repoRoot, 'tools/reference/kmeans-reference.py');
    const python = process.env.TAKUMI_PYTHON ?? '/usr/bin/python3';
    const child = spawnSync(python, [script, dataFile, String(k), labelsFile], { encoding: 'utf8' });
    if (child.error || child.status !== 0) {
      return `python reference unavailable (${child.error?.message ?? child.stderr.trim().split('\n').at(-1)})`;
    }
    const parsed = JSON.parse(child.stdout.trim().split('\n').at(-1)!) as Omit<Reference, 'labels'>;
    const labels = new Int32Array(new Uint8Array(readFileSync(labelsFile)).buffer);
    return { ...parsed, labels };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

const generationStart = performance.now();
const { data, truth } = generateMixture(20_241_122);
log(
  `generated ${rows} × ${columns} float32 (${k} planted clusters) in ${((performance.now() - generationStart) / 1000).toFixed(2)} s`,
);

const runs: number[] = [];
// CPU time of this process (all onnxruntime threads) per run: a check on wall times taken while
// other processes share the two cores.
const cpuRuns: number[] = [];
let result: KMeansResult | null = null;
for (let repeat = 0; repeat < repeats; repeat += 1) {
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  result = await kMeans(data, rows, columns, { k, seed: 0 });
  runs.push((performance.now() - start) / 1000);
  const cpu = process.cpuUsage(cpuStart);
  cpuRuns.push((cpu.user + cpu.system) / 1e6);
  log(
    `run ${repeat + 1}: ${runs.at(-1)!.toFixed(3)} s (cpu ${cpuRuns.at(-1)!.toFixed(3)} s), inertia ${result.inertia.toFixed(1)}, ` +
      `${result.iterations} iterations (${result.backend})`,
  );
}
const seconds = [...runs].sort((left, right) => left - right)[Math.floor(runs.length / 2)]!;
const final = result!;
for (const warning of final.warnings) log(`warning: ${warning}`);

const reference = argv.includes('--no-reference') ? 'reference skipped (--no-reference)' : runReference(data);
if (typeof reference === 'string') log(`referenceInertia null: ${reference}`);
else {
  const { sklearn, inertia, iterations, seconds: referenceTime } = reference;
  log(
    `scikit-learn ${sklearn}: inertia ${inertia.toFixed(1)}, ${iterations} iterations, ${referenceTime.toFixed(3)} s`,
  );
}
const referenceInertia = typeof reference === 'string' ? null : reference.inertia;
const summary = {
  seconds: Number(seconds.toFixed(4)),
  inertia: final.inertia,
  referenceInertia,
  relativeInertiaDifference: referenceInertia === null ? null : (final.inertia - referenceInertia) / referenceInertia,
  runs: runs.map((run) => Number(run.toFixed(4))),
  cpuSecondsPerRun: cpuRuns.map((run) => Number(run.toFixed(4))),
  iterations: final.iterations,
  converged: final.converged,
  backend: final.backend,
  referenceSeconds: typeof reference === 'string' ? null : reference.seconds,
  referenceIterations: typeof reference === 'string' ? null : reference.iterations,
  adjustedRandIndexVsReference:
    typeof reference === 'string' ? null : adjustedRandIndex(reference.labels, final.labels),
  adjustedRandIndexVsTruth: adjustedRandIndex(truth, final.labels),
  rows,
  columns,
  k,
};
if (!json) {
  const versus = referenceInertia?.toFixed(1) ?? 'null';
  log(
    `k-means median ${seconds.toFixed(3)} s over ${repeats} run(s); inertia ${final.inertia.toFixed(1)} vs reference ${versus}`,
  );
}
// Details first, then the three headline figures alone as the last line (what scripts read).
console.log(JSON.stringify(summary));
console.log(
  JSON.stringify({ seconds: summary.seconds, inertia: summary.inertia, referenceInertia: summary.referenceInertia }),
);
