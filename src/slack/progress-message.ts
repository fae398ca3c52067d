import type { Logger } from '../core/logger.ts';

/** The one Web API call a progress message needs (Bolt's `client.chat.update`). */
export type UpdateMessage = (message: { channel: string; ts: string; text: string }) => Promise<unknown>;

/** Options of {@link ProgressMessage}. */
export interface ProgressMessageOptions {
  channel: string;
  /** `ts` of the posted progress message. */
  ts: string;
  /** The text it was posted with (showing it again sends nothing). */
  postedText?: string;
  update: UpdateMessage;
  logger: Logger;
  /** At most one chat.update per this many milliseconds; the latest text wins. */
  minimumIntervalMilliseconds?: number;
}

export const defaultProgressMessageOptions: Required<Pick<ProgressMessageOptions, 'minimumIntervalMilliseconds'>> = {
  minimumIntervalMilliseconds: 1000,
};

/**
 * A posted 「考え中…」 message that follows the agent's progress. Updates are throttled (Slack rate
 * limits chat.update, and a tool can report many steps a second) and sent one at a time, so an older
 * text can never land after a newer one. A failed update is only logged: progress is a courtesy.
 */
export class ProgressMessage {
  readonly #options: Required<Omit<ProgressMessageOptions, 'postedText'>>;
  #chain: Promise<void> = Promise.resolve();
  #timer: NodeJS.Timeout | null = null;
  #pending: string | null = null;
  #shown: string | null = null;
  #lastSentAt = 0;
  #finished = false;

  constructor(options: ProgressMessageOptions) {
    this.#options = { ...defaultProgressMessageOptions, ...options };
    this.#shown = options.postedText ?? null;
  }

  /** Shows `text` now, or when the interval allows (replacing any text still waiting). */
  show(text: string): void {
    if (this.#finished || text === (this.#pending ?? this.#shown)) return;
    if (text === this.#shown) {
      // Back to what is on screen before the waiting change went out: drop the change.
      this.#pending = null;
      return;
    }
    this.#pending = text;
    if (this.#timer) return;
    const wait = Math.max(0, this.#lastSentAt + this.#options.minimumIntervalMilliseconds - Date.now());
    this.#timer = setTimeout(() => {
      this.#timer = null;
      const next = this.#pending;
      this.#pending = null;
      if (next !== null) this.#send(next);
    }, wait);
  }

  /** Drops waiting updates, waits for the one in flight, then shows the final text. */
  async finish(text: string): Promise<void> {
    if (this.#finished) return;
    this.#finished = true;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    this.#pending = null;
    this.#send(text);
    await this.#chain;
  }

  #send(text: string): void {
    this.#shown = text;
    this.#lastSentAt = Date.now();
    const { channel, ts, update, logger } = this.#options;
    this.#chain = this.#chain
      .then(() => update({ channel, ts, text }))
      .then(
        () => undefined,
        (error: unknown) =>
          logger.warn('Could not update the Slack progress message', {
            channel,
            ts,
            error: error instanceof Error ? error.message : String(error),
          }),
      );
  }
}
