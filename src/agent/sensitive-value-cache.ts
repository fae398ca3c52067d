import type { PrismaClient } from '../generated/prisma/client.ts';
import { classifyPersonalColumns } from '../data/privacy/classify-personal-columns.ts';
import { createValueFormContext, learnFamilyName, personalValueForms } from './personal-value-forms.ts';
import { SensitiveValueIndex, type SensitiveValue } from './sensitive-value-index.ts';

/** Options of {@link SensitiveValueCache}. */
export interface SensitiveValueCacheOptions {
  /** After this long a dataset's values are reloaded even if its customer count and ids look unchanged. */
  timeToLiveMilliseconds: number;
}

export const defaultSensitiveValueCacheOptions: SensitiveValueCacheOptions = { timeToLiveMilliseconds: 5 * 60_000 };

interface DatasetEntry {
  signature: string;
  loadedAt: number;
  values: SensitiveValue[];
}

/**
 * The personal values of every dataset (customer externalIds, and every value of the columns that
 * hold personal data by name or content, see `classifyPersonalColumns`, in all the forms a person
 * would type them, see `personalValueForms`), as one {@link SensitiveValueIndex}.
 *
 * All datasets are covered, not only the one a conversation is about: the model may name any of them.
 * Per dataset the values are kept until its customer count or highest customer id changes (an import
 * happened) or the time-to-live passes (an import that only updated attributes), so a long-lived bot
 * queries only a cheap aggregate per request. Create one per process (or per conversation) and share it.
 */
export class SensitiveValueCache {
  readonly #prisma: PrismaClient;
  readonly #options: SensitiveValueCacheOptions;
  readonly #datasets = new Map<number, DatasetEntry>();
  #index: SensitiveValueIndex | null = null;
  #pending: Promise<SensitiveValueIndex> | null = null;

  constructor(prisma: PrismaClient, options: Partial<SensitiveValueCacheOptions> = {}) {
    this.#prisma = prisma;
    this.#options = { ...defaultSensitiveValueCacheOptions, ...options };
  }

  /** The current index, reloading datasets that changed; concurrent callers share one reload. */
  index(): Promise<SensitiveValueIndex> {
    this.#pending ??= this.#refresh().finally(() => {
      this.#pending = null;
    });
    return this.#pending;
  }

  async #refresh(): Promise<SensitiveValueIndex> {
    const now = Date.now();
    const summaries = await this.#prisma.customer.groupBy({
      by: ['datasetId'],
      _count: { _all: true },
      _max: { id: true },
    });
    // A re-import can change names of existing customers without adding any: it bumps updatedAt.
    const updated = new Map(
      (await this.#prisma.dataset.findMany({ select: { id: true, updatedAt: true } })).map((dataset) => [
        dataset.id,
        dataset.updatedAt.getTime(),
      ]),
    );
    let changed = this.#index === null;
    const present = new Set<number>();
    for (const summary of summaries) {
      present.add(summary.datasetId);
      const signature = `${summary._count._all}:${summary._max.id ?? 0}:${updated.get(summary.datasetId) ?? 0}`;
      const entry = this.#datasets.get(summary.datasetId);
      if (entry && entry.signature === signature && now - entry.loadedAt < this.#options.timeToLiveMilliseconds)
        continue;
      this.#datasets.set(summary.datasetId, {
        signature,
        loadedAt: now,
        values: await this.#loadDataset(summary.datasetId),
      });
      changed = true;
    }
    for (const datasetId of [...this.#datasets.keys()]) {
      if (present.has(datasetId)) continue;
      this.#datasets.delete(datasetId);
      changed = true;
    }
    if (changed || !this.#index)
      this.#index = new SensitiveValueIndex([...this.#datasets.values()].flatMap((entry) => entry.values));
    return this.#index;
  }

  async #loadDataset(datasetId: number): Promise<SensitiveValue[]> {
    const customers = await this.#prisma.customer.findMany({
      where: { datasetId },
      select: { externalId: true, attributes: true },
    });
    const values: SensitiveValue[] = [];
    const columns = new Map<string, string[]>();
    for (const customer of customers) {
      values.push({ value: customer.externalId, customerId: true });
      for (const [column, value] of Object.entries(parseAttributes(customer.attributes))) {
        if (value === null || value === undefined || typeof value === 'object') continue;
        const text = String(value).trim();
        if (!text) continue;
        let list = columns.get(column);
        if (!list) {
          list = [];
          columns.set(column, list);
        }
        list.push(text);
      }
    }
    const kinds = classifyPersonalColumns(columns);
    const context = createValueFormContext();
    for (const [column, kind] of kinds)
      if (kind === 'name') for (const text of columns.get(column)!) learnFamilyName(text, context);
    for (const [column, kind] of kinds)
      for (const text of columns.get(column)!)
        for (const form of personalValueForms(text, kind, context)) values.push(form);
    return values;
  }
}

function parseAttributes(text: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : {};
  } catch {
    // A damaged attributes column is not personal data we can read; the id is still indexed.
    return {};
  }
}
