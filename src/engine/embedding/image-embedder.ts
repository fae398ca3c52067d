import { Worker } from 'node:worker_threads';
import sharp from 'sharp';
import { resnetTensorNames } from '../model/convert-keras-to-onnx.ts';
import { fileReadError } from './file-read-error.ts';
import { topLabels, type LabelScore } from './top-labels.ts';
import { defaultPreprocessOptions, inputSize, preprocessImage, type PreprocessOptions } from './preprocess-image.ts';
import type { TakumiError } from '../../core/takumi-error.ts';
import { EmbedderError } from '../engine-errors.ts';

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
  /** Batches decoded ahead of the one being inferred, so the model never waits for sharp. */
  prefetchBatches: number;
  preprocess: PreprocessOptions;
}

export const defaultImageEmbedderOptions: Omit<ImageEmbedderOptions, 'modelPath' | 'labels'> = {
  threads: 2,
  batchSize: 8,
  topK: 5,
  prefetchBatches: 2,
  preprocess: defaultPreprocessOptions,
};

/** Where the time of {@link ImageEmbedder.embed} went, summed over calls since creation. */
export interface EmbedderStats {
  images: number;
  batches: number;
  /** Seconds the model spent inferring. */
  inferenceSeconds: number;
  /** Seconds the model sat idle waiting for a decoded batch (after the first one was ready). */
  modelWaitSeconds: number;
}

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
 * The onnxruntime session runs on its own worker thread and sharp decodes on libuv's thread pool, so
 * {@link embed} keeps up to `prefetchBatches` batches decoding while the model infers, and the caller's
 * hashing and database writes run on the main thread at the same time.
 */
export class ImageEmbedder {
  private disposed = false;
  private loading: Promise<Worker> | undefined;
  private nextRequest = 0;
  private readonly pending = new Map<
    number,
    { resolve: (value: RunOutputs) => void; reject: (error: Error) => void }
  >();
  private readonly counters: EmbedderStats = { images: 0, batches: 0, inferenceSeconds: 0, modelWaitSeconds: 0 };

  private constructor(readonly options: ImageEmbedderOptions) {}

  /**
   * Validates options and prepares an embedder. The onnxruntime session (about a second to load) is
   * created on first use, so a run that finds every photo already stored never pays for it.
   */
  static async create(
    options: Partial<ImageEmbedderOptions> & Pick<ImageEmbedderOptions, 'modelPath' | 'labels'>,
  ): Promise<ImageEmbedder> {
    const resolved: ImageEmbedderOptions = { ...defaultImageEmbedderOptions, ...options };
    for (const key of ['batchSize', 'threads', 'prefetchBatches'] as const) {
      if (!Number.isInteger(resolved[key]) || resolved[key] < 1) {
        throw new EmbedderError(
          'EMBEDDER_OPTIONS',
          `${key} must be a positive integer, got ${resolved[key]}. Pass e.g. ${defaultImageEmbedderOptions[key]}.`,
        );
      }
    }
    // One libvips thread per image: parallelism comes from decoding several images at once.
    sharp.concurrency(1);
    return new ImageEmbedder(resolved);
  }

  /** Time spent inferring and waiting for decoded input, for the pipeline's report. */
  get stats(): EmbedderStats {
    return { ...this.counters };
  }

  /** Loads the model now (benchmarks call this so load time is not counted as inference). */
  async load(): Promise<void> {
    await this.worker();
  }

  /** Runs the network on already preprocessed NCHW tensors (model-only path, used by benchmarks). */
  async run(batch: Float32Array, count: number): Promise<RunOutputs> {
    this.assertOpen();
    const worker = await this.worker();
    // A copy goes to the worker, so the caller may reuse `batch` at once.
    const input = batch.slice(0, count * tensorLength);
    const id = this.nextRequest++;
    const result = new Promise<RunOutputs>((resolve, reject) => this.pending.set(id, { resolve, reject }));
    worker.postMessage({ type: 'run', id, input, dims: [count, 3, inputSize, inputSize] }, [input.buffer]);
    return result;
  }

  /**
   * Embeds images in batches, yielding one outcome per source in input order. A source that cannot be
   * read or decoded yields an error outcome; the others go on.
   */
  async *embed<Id>(
    sources: Iterable<ImageSource<Id>> | AsyncIterable<ImageSource<Id>>,
  ): AsyncGenerator<EmbedOutcome<Id>> {
    this.assertOpen();
    const ready: EmbedOutcome<Id>[][] = [];
    let finished = false;
    let abandoned = false;
    let failure: unknown;
    let wake: (() => void) | undefined;
    let resume: (() => void) | undefined;
    const signal = (): void => {
      wake?.();
      wake = undefined;
    };
    // The driver runs on its own: the next inference starts as soon as the last ends and its batch is
    // decoded, whatever the consumer is doing; at most prefetch + 1 finished batches wait for the consumer.
    const driver = (async () => {
      const batches = chunk(sources, this.options.batchSize);
      const decoding: Promise<PreparedBatch<Id>>[] = [];
      let exhausted = false;
      const refill = async (): Promise<void> => {
        while (!exhausted && decoding.length < this.options.prefetchBatches) {
          const next = await batches.next();
          if (next.done) exhausted = true;
          else decoding.push(this.prepare(next.value));
        }
      };
      // Marked handled at once: a failing source iterator is rethrown where `refilling` is awaited.
      const track = (promise: Promise<void>): Promise<void> => {
        promise.catch(() => {});
        return promise;
      };
      let refilling = track(refill());
      let idleSince: number | undefined;
      while (!abandoned) {
        if (decoding.length === 0) {
          await refilling;
          if (decoding.length === 0) break;
        }
        const batch = await decoding.shift()!;
        const started = performance.now();
        if (idleSince !== undefined) this.counters.modelWaitSeconds += Math.max(0, started - idleSince) / 1000;
        let doneAt = started;
        const inference = this.infer(batch).then((outcomes) => {
          doneAt = performance.now();
          return outcomes;
        });
        // Reading the next sources (the caller's hashing, store lookups) overlaps this inference.
        refilling = track(refilling.then(refill));
        ready.push(await inference);
        idleSince = doneAt;
        signal();
        while (ready.length > this.options.prefetchBatches + 1 && !abandoned)
          await new Promise<void>((resolve) => {
            resume = resolve;
          });
      }
      await refilling;
    })()
      .catch((error: unknown) => {
        failure = error;
      })
      .finally(() => {
        finished = true;
        signal();
      });
    try {
      while (true) {
        const outcomes = ready.shift();
        resume?.();
        resume = undefined;
        if (outcomes) {
          yield* outcomes;
          continue;
        }
        if (finished) break;
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
      }
      if (failure !== undefined) throw failure;
    } finally {
      // The consumer may stop early (break): the driver finishes its current batch and stops.
      abandoned = true;
      resume?.();
      await driver;
    }
  }

  async dispose(): Promise<void> {
    if (this.disposed) return;
    this.disposed = true;
    const worker = await this.loading?.catch(() => undefined);
    if (worker) {
      const exited = new Promise((resolve) => worker.once('exit', resolve));
      worker.postMessage({ type: 'close' });
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000).unref())]);
      await worker.terminate();
    }
  }

  private worker(): Promise<Worker> {
    this.loading ??= new Promise<Worker>((resolve, reject) => {
      const worker = new Worker(new URL('./inference-worker.mjs', import.meta.url), {
        workerData: {
          modelPath: this.options.modelPath,
          inputName: resnetTensorNames.input,
          sessionOptions: {
            intraOpNumThreads: this.options.threads,
            interOpNumThreads: 1,
            executionMode: 'sequential',
            graphOptimizationLevel: 'all',
          },
        },
      });
      const fail = (error: unknown): TakumiError =>
        new EmbedderError(
          'MODEL_LOAD_FAILED',
          `Could not load the model at ${this.options.modelPath}. Run \`npm run setup\` to rebuild it.`,
          { modelPath: this.options.modelPath },
          { cause: error },
        );
      worker.on('message', (message: WorkerMessage) => {
        if (message.type === 'ready') resolve(worker);
        else if (message.type === 'failed') reject(fail(new Error(message.message)));
        else this.settle(message);
      });
      worker.on('error', (error) => {
        reject(fail(error));
        this.failAll(error);
      });
      worker.on('exit', () => this.failAll(new Error('the inference thread stopped')));
    });
    return this.loading;
  }

  private settle(message: Extract<WorkerMessage, { id: number }>): void {
    const request = this.pending.get(message.id);
    if (!request) return;
    this.pending.delete(message.id);
    if (message.type === 'error') {
      request.reject(new EmbedderError('MODEL_RUN_FAILED', `The model failed on a batch: ${message.message}`));
      return;
    }
    this.counters.inferenceSeconds += message.seconds;
    request.resolve({
      embeddings: message.outputs[resnetTensorNames.embedding]!,
      probabilities: message.outputs[resnetTensorNames.probabilities]!,
    });
  }

  private failAll(error: Error): void {
    for (const [id, request] of this.pending) {
      this.pending.delete(id);
      request.reject(
        new EmbedderError('MODEL_RUN_FAILED', `The model stopped: ${error.message}`, {}, { cause: error }),
      );
    }
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
    this.counters.images += good.length;
    this.counters.batches += 1;
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
    if (this.disposed)
      throw new EmbedderError('EMBEDDER_DISPOSED', 'This ImageEmbedder was disposed; create a new one.');
  }
}

/** The network's two outputs for a batch, row-major. */
export interface RunOutputs {
  embeddings: Float32Array;
  probabilities: Float32Array;
}

type WorkerMessage =
  | { type: 'ready' }
  | { type: 'failed'; message: string }
  | { type: 'result'; id: number; outputs: Record<string, Float32Array>; seconds: number }
  | { type: 'error'; id: number; message: string };

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
