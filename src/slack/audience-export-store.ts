import { randomBytes } from 'node:crypto';
import type { AudienceExport, PrismaClient } from '../generated/prisma/client.ts';
import type { Language } from '../core/language.ts';

/** A stored export offer (one row of the AudienceExport table). */
export type AudienceExportRecord = AudienceExport;

/** What an offer records when its button is posted. */
export interface NewAudienceExport {
  datasetName: string;
  segment: number | null;
  audience: string;
  rows: number;
  fileName: string;
  path: string;
  sha256: string;
  channel: string;
  threadTs: string;
  askedBy: string;
  language: Language;
}

/** Options of {@link AudienceExportStore}. */
export interface AudienceExportStoreOptions {
  /** How long the button of an offer works. */
  lifetimeMilliseconds: number;
  /**
   * A claim older than this is taken to belong to a process that died mid-upload, so the button works
   * again. Far longer than any upload.
   */
  staleClaimMilliseconds: number;
}

export const defaultAudienceExportStoreOptions: AudienceExportStoreOptions = {
  lifetimeMilliseconds: 24 * 3_600_000,
  staleClaimMilliseconds: 10 * 60_000,
};

/**
 * The AudienceExport table: offers, their one-time claim and the log of uploads. Every change of
 * status is a conditional `updateMany` (compare-and-set), which the database runs atomically on SQLite
 * and PostgreSQL alike, so of two clicks (or two processes) exactly one gets the claim.
 */
export class AudienceExportStore {
  readonly #prisma: PrismaClient;
  readonly #options: AudienceExportStoreOptions;

  constructor(prisma: PrismaClient, options: Partial<AudienceExportStoreOptions> = {}) {
    this.#prisma = prisma;
    this.#options = { ...defaultAudienceExportStoreOptions, ...options };
  }

  /** Records an offer under a new random id (the buttons' value), valid for the configured lifetime. */
  async create(offer: NewAudienceExport, now = new Date()): Promise<AudienceExportRecord> {
    return this.#prisma.audienceExport.create({
      data: {
        ...offer,
        id: randomBytes(16).toString('hex'),
        createdAt: now,
        expiresAt: new Date(now.getTime() + this.#options.lifetimeMilliseconds),
      },
    });
  }

  async setMessageTs(id: string, messageTs: string): Promise<void> {
    await this.#prisma.audienceExport.update({ where: { id }, data: { messageTs } });
  }

  async find(id: string): Promise<AudienceExportRecord | null> {
    return this.#prisma.audienceExport.findUnique({ where: { id } });
  }

  /**
   * Takes the offer for `user`, moving it from `offered` (or a stale `uploading`) to `next`. True for
   * the one caller that got it; false when it was already taken, finished or expired.
   */
  async claim(id: string, user: string, next: 'uploading' | 'cancelled', now = new Date()): Promise<boolean> {
    const stale = new Date(now.getTime() - this.#options.staleClaimMilliseconds);
    const { count } = await this.#prisma.audienceExport.updateMany({
      where: {
        id,
        expiresAt: { gt: now },
        OR: [{ status: 'offered' }, { status: 'uploading', claimedAt: { lt: stale } }],
      },
      data: { status: next, claimedAt: now, claimedBy: user },
    });
    return count === 1;
  }

  /** The claimed upload went out: logged with the Slack file id. */
  async markUploaded(id: string, slackFileId: string | null, now = new Date()): Promise<void> {
    await this.#prisma.audienceExport.updateMany({
      where: { id, status: 'uploading' },
      data: { status: 'uploaded', uploadedAt: now, slackFileId },
    });
  }

  /** The claimed upload failed: the button works again. */
  async release(id: string): Promise<void> {
    await this.#prisma.audienceExport.updateMany({
      where: { id, status: 'uploading' },
      data: { status: 'offered', claimedAt: null, claimedBy: null },
    });
  }

  /** Ends an offer that can no longer be uploaded (`expired`, or `missing` when its file is gone or changed). */
  async close(id: string, status: 'expired' | 'missing'): Promise<void> {
    await this.#prisma.audienceExport.updateMany({
      where: { id, status: { in: ['offered', 'uploading'] } },
      data: { status },
    });
  }
}
