/**
 * Clustered synthetic 2048-d "embeddings" for theme tests and bench:themes: `clusters` seeded Gaussian
 * centres (scale `separation`), cluster sizes weighted 1 … clusters, each vector its centre plus unit
 * noise. The noise comes from one seeded table read at a random offset per vector (generating 2·10⁹
 * normal draws for a million photos would dominate the benchmark); the truth label of each is kept.
 */
import { createHash } from 'node:crypto';
import { createRandom } from '../../src/engine/random/create-random.ts';

/** Options of {@link createPlantedEmbeddings}. */
export interface PlantedEmbeddingsOptions {
  columns: number;
  clusters: number;
  /** Scale of the centres against the unit noise. */
  separation: number;
  seed: number;
}

export const defaultPlantedEmbeddingsOptions: PlantedEmbeddingsOptions = {
  columns: 2048,
  clusters: 8,
  separation: 0.12,
  seed: 7,
};

/** A generator of planted vectors: `vector(i)` is the same for the same i and options. */
export interface PlantedEmbeddings {
  columns: number;
  /** Truth cluster of photo i. */
  cluster(index: number): number;
  /** Photo i's vector (a new array). */
  vector(index: number): Float32Array;
  /** A SHA-256-shaped key of photo i. */
  sha256(index: number): string;
}

/** Builds the generator (centres and the noise table). */
export function createPlantedEmbeddings(options: Partial<PlantedEmbeddingsOptions> = {}): PlantedEmbeddings {
  const { columns, clusters, separation, seed } = { ...defaultPlantedEmbeddingsOptions, ...options };
  const random = createRandom(seed);
  const centres = Float32Array.from({ length: clusters * columns }, () => separation * random.normal());
  const noise = Float32Array.from({ length: 1 << 20 }, () => random.normal());
  const weights = Array.from({ length: clusters }, (_, cluster) => cluster + 1);
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const bounds = weights.map((_, cluster) => weights.slice(0, cluster + 1).reduce((sum, w) => sum + w, 0) / total);
  const draw = (index: number): { cluster: number; offset: number } => {
    const local = createRandom(seed * 1_000_003 + index);
    const u = local.next();
    const cluster = bounds.findIndex((bound) => u < bound);
    return { cluster: cluster < 0 ? clusters - 1 : cluster, offset: local.integer(noise.length - columns) };
  };
  return {
    columns,
    cluster: (index) => draw(index).cluster,
    vector(index) {
      const { cluster, offset } = draw(index);
      const vector = new Float32Array(columns);
      for (let column = 0; column < columns; column += 1)
        vector[column] = centres[cluster * columns + column]! + noise[offset + column]!;
      return vector;
    },
    sha256: (index) => createHash('sha256').update(`planted-${seed}-${index}`).digest('hex'),
  };
}
