import type { PrismaClient } from '../generated/prisma/client.ts';

/** Options of {@link DeliveryReceipts}. */
export interface DeliveryReceiptsOptions {
  /** How long a receipt is kept. Slack retries within minutes; a day leaves room for restarts. */
  retentionMilliseconds: number;
  /** Old receipts are deleted at most this often, during a claim. */
  pruneIntervalMilliseconds: number;
}

export const defaultDeliveryReceiptsOptions: DeliveryReceiptsOptions = {
  retentionMilliseconds: 86_400_000,
  pruneIntervalMilliseconds: 3_600_000,
};

/**
 * Remembers which Slack deliveries Takumi has taken on, in the SlackReceipt table, so an event Slack
 * retries (`x-slack-retry-num`, same `event_id`) or delivers twice (the same message as two events)
 * is answered once, also across a restart and across processes sharing the database: the table's
 * primary key makes a claim atomic.
 */
export class DeliveryReceipts {
  readonly #prisma: PrismaClient;
  readonly #options: DeliveryReceiptsOptions;
  #lastPrunedAt = 0;

  constructor(prisma: PrismaClient, options: Partial<DeliveryReceiptsOptions> = {}) {
    this.#prisma = prisma;
    this.#options = { ...defaultDeliveryReceiptsOptions, ...options };
  }

  /**
   * Claims a delivery by its keys (e.g. `event:<event_id>` and `message:<channel>:<ts>`). True when
   * none was claimed before, i.e. this delivery is the one to answer; false for a duplicate. Keys are
   * claimed in order and the first taken one decides, so two events of one message race on the
   * message key and only one wins.
   */
  async claim(keys: readonly string[]): Promise<boolean> {
    await this.#pruneNowAndThen();
    for (const key of new Set(keys)) {
      try {
        await this.#prisma.slackReceipt.create({ data: { key } });
      } catch (error) {
        if (isUniqueViolation(error)) return false;
        throw error;
      }
    }
    return true;
  }

  async #pruneNowAndThen(): Promise<void> {
    const now = Date.now();
    if (now - this.#lastPrunedAt < this.#options.pruneIntervalMilliseconds) return;
    this.#lastPrunedAt = now;
    await this.#prisma.slackReceipt.deleteMany({
      where: { receivedAt: { lt: new Date(now - this.#options.retentionMilliseconds) } },
    });
  }
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'P2002';
}
