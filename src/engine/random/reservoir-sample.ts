import { RandomArgumentError } from '../engine-errors.ts';
import type { Random } from './create-random.ts';

/**
 * A uniform sample of fixed size from a stream of unknown length (Vitter's algorithm R): after n
 * offers each item is kept with probability capacity / n. Seeded through `random`, so the same stream
 * and seed keep the same items. Used to draw the photos themes are fitted on while streaming pages of
 * a table, without holding the table.
 */
export class ReservoirSample<Item> {
  readonly #items: Item[] = [];
  #seen = 0;

  constructor(
    readonly capacity: number,
    private readonly random: Random,
  ) {
    if (!Number.isInteger(capacity) || capacity < 1) {
      throw new RandomArgumentError(
        'RANDOM_INVALID_ARGUMENT',
        `A reservoir sample needs a positive integer capacity, got ${capacity}.`,
        { capacity },
      );
    }
  }

  /** Offers the next item of the stream. */
  offer(item: Item): void {
    this.#seen += 1;
    if (this.#items.length < this.capacity) {
      this.#items.push(item);
      return;
    }
    const slot = this.random.integer(this.#seen);
    if (slot < this.capacity) this.#items[slot] = item;
  }

  /** Items offered so far. */
  get seen(): number {
    return this.#seen;
  }

  /** The kept items (at most `capacity`), in slot order. */
  get items(): readonly Item[] {
    return this.#items;
  }
}
