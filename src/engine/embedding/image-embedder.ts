import * as ort from 'onnxruntime-node';
import sharp from 'sharp';
import { resnetTensorNames } from '../model/convert-keras-to-onnx.ts';
import { fileReadError } from './file-read-error.ts';
import { topLabels, type LabelScore } from './top-labels.ts';
import { defaultPreprocessOptions, inputSize, preprocessImage, type PreprocessOptions } from './preprocess-image.ts';
import { TakumiError } from '../../core/takumi-error.ts';

export interface ImageEmbedderOptions {
  modelPath: string;
  /** ImageNet class names, index-aligned with the model's `probs` output. */
  labels: readonly string[];
  /** onnxruntime intra-op threads. */
  threads: number;
  /** Images per inference call. */
  batchSize: number;
  /** How many labels to keep per image. */
  topK: number;
  preprocess: PreprocessOptions;
}

export const defaultImageEmbedderOptions: Omit<ImageEmbedderOptions, 'modelPath' | 'labels'> = {
  threads: 2,
  batchSize: 8,
  topK: 5,
  preprocess: defaultPreprocessOptions,
};

/** One image's result: the 2048-d embedding and its best ImageNet labels. */
export interface ImageEmbedding {
  vector: Float32Array;
  topLabels: LabelScore[];
  width: number;
  height: number;
}

/** An image to embed: an id for the caller and a way to read its bytes (called lazily, in order). */
export interface ImageSource<Id> {
  id: Id;
  read: () => Promise<Buffer>;
}

export type EmbedOutcome<Id> = { id: Id; embedding: ImageEmbedding } | { id: Id; error: TakumiError };

const tensorLength = 3 * inputSize * inputSize;

/**
 * A loaded ResNet-50 session. Create with {@link ImageEmbedder.create}, release with {@link dispose}.
 *
 * {@link embed} overlaps decoding of the next batch with inference on the current one: sharp decodes on
 * libuv's thread pool while onnxruntime runs on its own threads, so neither waits for the other.
 */
export class ImageEmbedder {
  private disposed = false;
  private loading: Promise<ort.InferenceSession> | undefined;

  private constructor(readonly options: ImageEmbedderOptions) {}

  /**
   * Validates options and prepares an embedder. The onnxruntime session (about a second to load) is
   * created on first use, so a run that finds every photo already stored never pays for it.
   */
  static async create(
    options: Partial<ImageEmbedderOptions> & Pick<ImageEmbedderOptions, 'modelPath' | 'labels'>,
  ): Promise<ImageEmbedder> {
    const resolved: ImageEmbedderOptions = { ...defaultImageEmbedderOptions, ...options };
    if (!Number.isInteger(resolved.batchSize) || resolved.batchSize < 1) {
      throw new TakumiError(
        'EMBEDDER_OPTIONS',
        `batchSize must be a positive integer, got ${resolved.batchSize}. Pass e.g. 8.`,
      );
    }
    if (!Number.isInteger(resolved.threads) || resolved.threads < 1) {
      throw new TakumiError(
        'EMBEDDER_OPTIONS',
        `threads must be a positive integer, got ${resolved.threads}. Pass e.g. 2.`,
      );
    }
    // One libvips thread per image: parallelism comes from decoding several images at once.
    sharp.concurrency(1);
    return new ImageEmbedder(resolved);
  }

  /** Loads the model now (benchmarks call this so load time is not counted as inference). */
  async load(): Promise<void> {
    await this.session();
  }

  /** Runs the network on already preprocessed NCHW tensors (model-only path, used by benchmarks). */
  async run(batch: Float32Array, count: number): Promise<{ embeddings: Float32Array; probabilities: Float32Array }> {
    this.assertOpen();
    const input = new ort.Tensor('float32', batch.subarray(0, count * tensorLength), [count, 3, inputSize, inputSize]);
    const session = await this.session();
    const outputs = await session.run({ [resnetTensorNames.input]: input });
    return {
      embeddings: outputs[resnetTensorNames.embedding]!.data as Float32Array,
      probabilities: outputs[resnetTensorNames.probabilities]!.data as Float32Array,
    };
  }

  /**
   * Embeds images in batches, yielding one outcome per source in input order. A source that cannot be
   * read or decoded yields an error outcome; the others go on.
   */
  async *embed<Id>(
    sources: Iterable<ImageSource<Id>> | AsyncIterable<ImageSource<Id>>,
  ): AsyncGenerator<EmbedOutcome<Id>> {
    this.assertOpen();
    const batches = chunk(sources, this.options.batchSize);
    let next = await batches.next();
    let prepared = next.done ? undefined : this.prepare(next.value);
    while (prepared) {
      const current = await prepared;
      next = await batches.next();
      // Start decoding the following batch before waiting for this batch's inference.
      prepared = next.done ? undefined : this.prepare(next.value);
      yield* await this.infer(current);
    }
  }

  async dispose(): Promise<void> {
    if (this.disposed) return;
    this.disposed = true;
    const session = await this.loading?.catch(() => undefined);
    await session?.release();
  }

  private session(): Promise<ort.InferenceSession> {
    this.loading ??= ort.InferenceSession.create(this.options.modelPath, {
      intraOpNumThreads: this.options.threads,
      interOpNumThreads: 1,
      executionMode: 'sequential',
      graphOptimizationLevel: 'all',
    }).catch((error: unknown) => {
      throw new TakumiError(
        'MODEL_LOAD_FAILED',
        `Could not load the model at ${this.options.modelPath}. Run \`npm run setup\` to rebuild it.`,
        { modelPath: this.options.modelPath },
        { cause: error },
      );
    });
    return this.loading;
  }

  private async prepare<Id>(sources: ImageSource<Id>[]): Promise<PreparedBatch<Id>> {
    const tensor = new Float32Array(sources.length * tensorLength);
    const results = await Promise.all(
      sources.map(async (source, index) => {
        try {
          const image = await preprocessImage(
            await source.read(),
            this.options.preprocess,
            tensor,
            index * tensorLength,
          );
          return { id: source.id, width: image.width, height: image.height };
        } catch (error) {
          return { id: source.id, error: fileReadError(error) };
        }
      }),
    );
    return { tensor, results };
  }

  private async infer<Id>(batch: PreparedBatch<Id>): Promise<EmbedOutcome<Id>[]> {
    const good = batch.results.flatMap((result, index) => ('error' in result ? [] : [index]));
    if (good.length === 0) return batch.results as EmbedOutcome<Id>[];
    // Compact good images to the front so failed slots cost no inference.
    good.forEach((from, to) => {
      if (from !== to) batch.tensor.copyWithin(to * tensorLength, from * tensorLength, (from + 1) * tensorLength);
    });
    const { embeddings, probabilities } = await this.run(batch.tensor, good.length);
    const width = embeddings.length / good.length;
    const classes = probabilities.length / good.length;
    const outcomes = batch.results as (EmbedOutcome<Id> | { id: Id; width: number; height: number })[];
    good.forEach((index, row) => {
      const result = outcomes[index] as { id: Id; width: number; height: number };
      outcomes[index] = {
        id: result.id,
        embedding: {
          vector: embeddings.slice(row * width, (row + 1) * width),
          topLabels: topLabels(
            probabilities.subarray(row * classes, (row + 1) * classes),
            this.options.labels,
            this.options.topK,
          ),
          width: result.width,
          height: result.height,
        },
      };
    });
    return outcomes as EmbedOutcome<Id>[];
  }

  private assertOpen(): void {
    if (this.disposed) throw new TakumiError('EMBEDDER_DISPOSED', 'This ImageEmbedder was disposed; create a new one.');
  }
}

interface PreparedBatch<Id> {
  tensor: Float32Array;
  results: ({ id: Id; width: number; height: number } | { id: Id; error: TakumiError })[];
}

async function* chunk<T>(items: Iterable<T> | AsyncIterable<T>, size: number): AsyncGenerator<T[]> {
  let batch: T[] = [];
  for await (const item of items) {
    batch.push(item);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}
