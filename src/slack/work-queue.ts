/** Options of {@link WorkQueue}. */
export interface WorkQueueOptions {
  /** Jobs running at once across all keys (an answer can take a CPU core for seconds). */
  concurrency: number;
}

export const defaultWorkQueueOptions: WorkQueueOptions = { concurrency: 2 };

/**
 * Runs the bot's work detached from the Slack request that asked for it. Jobs with the same key (a
 * thread) run one after another, so a quick follow-up sees the history its predecessor saved; at
 * most `concurrency` jobs run at once. `idle()` lets shutdown (and tests) wait for everything started.
 * Jobs are expected to handle their own errors; one that throws anyway is passed to `onUnexpected`.
 */
export class WorkQueue {
  readonly #options: WorkQueueOptions;
  readonly #onUnexpected: (error: unknown) => void;
  readonly #tails = new Map<string, Promise<void>>();
  readonly #inFlight = new Set<Promise<void>>();
  readonly #waiting: (() => void)[] = [];
  #running = 0;

  constructor(onUnexpected: (error: unknown) => void, options: Partial<WorkQueueOptions> = {}) {
    this.#options = { ...defaultWorkQueueOptions, ...options };
    if (!Number.isInteger(this.#options.concurrency) || this.#options.concurrency < 1)
      throw new RangeError('concurrency must be a positive integer');
    this.#onUnexpected = onUnexpected;
  }

  /**
   * Queues `job` behind earlier jobs of `key`. `onQueued` runs at once when the job has to wait for a
   * free slot or an earlier job of its thread (e.g. to say 「順番待ち」). Returns when the job is done.
   */
  run(key: string, job: () => Promise<void>, onQueued?: () => void): Promise<void> {
    const previous = this.#tails.get(key);
    if ((previous || this.#running >= this.#options.concurrency) && onQueued) onQueued();
    const task = (async () => {
      if (previous) await previous;
      await this.#acquire();
      try {
        await job();
      } catch (error) {
        this.#onUnexpected(error);
      } finally {
        this.#release();
      }
    })();
    this.#tails.set(key, task);
    this.#inFlight.add(task);
    void task.finally(() => {
      this.#inFlight.delete(task);
      if (this.#tails.get(key) === task) this.#tails.delete(key);
    });
    return task;
  }

  /** Tracks a detached job that needs no key, so `idle()` waits for it too. */
  track(job: Promise<void>): void {
    const task = job.catch((error: unknown) => this.#onUnexpected(error));
    this.#inFlight.add(task);
    void task.finally(() => this.#inFlight.delete(task));
  }

  /** Resolves once every job started so far, and every job those started, has finished. */
  async idle(): Promise<void> {
    while (this.#inFlight.size > 0) await Promise.allSettled([...this.#inFlight]);
  }

  async #acquire(): Promise<void> {
    if (this.#running < this.#options.concurrency) {
      this.#running += 1;
      return;
    }
    await new Promise<void>((resolve) => this.#waiting.push(resolve));
  }

  #release(): void {
    const next = this.#waiting.shift();
    // The slot passes straight to the next waiter, so #running stays the same.
    if (next) next();
    else this.#running -= 1;
  }
}
