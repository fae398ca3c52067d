import { createHash } from 'node:crypto';
import PgBoss from 'pg-boss';
import { type ErrorCode, TakumiError } from '../../core/takumi-error.ts';

/** pg-boss queue holding one job per photo to embed. */
export const photoQueueName = 'takumi-embed-photo';

/** What a photo job carries: where the file is, and the hash it had when it was listed. */
export interface PhotoJobData {
  path: string;
  sha256: string;
  modelId: string;
}

/** Options of {@link openPhotoQueue}. */
export interface PhotoQueueOptions {
  /** `postgresql://…` of the Takumi database; pg-boss keeps its tables in the `pgboss` schema there. */
  databaseUrl: string;
  /** Tries per job before it is marked failed (with its last error kept as the job's output). */
  attempts: number;
  /** Visibility timeout: an active job not finished by then (its worker died) is retried elsewhere. */
  timeoutSeconds: number;
  /** How often this process checks for timed-out jobs (pg-boss maintenance); tests shorten it. */
  maintenanceIntervalSeconds: number;
}

export const defaultPhotoQueueOptions = {
  maintenanceIntervalSeconds: 30,
} as const satisfies Partial<PhotoQueueOptions>;

/** Counts of the photo jobs by state. */
export interface PhotoQueueCounts {
  waiting: number;
  active: number;
  completed: number;
  failed: number;
}

/** A failed photo with the error of its last try. */
export interface FailedPhoto {
  path: string;
  sha256: string;
  tries: number;
  error: string;
}

/** Codes of {@link PhotoQueueError}. */
export const photoQueueErrorCodes = ['QUEUE_NEEDS_POSTGRES', 'QUEUE_START_FAILED'] as const;
/** Raised when the queue cannot be used (no PostgreSQL). */
export class PhotoQueueError extends TakumiError<ErrorCode<typeof photoQueueErrorCodes>> {}

/** The photo queue on one PostgreSQL database. */
export interface PhotoQueue {
  boss: PgBoss;
  /** Adds jobs; a photo (model, sha256) already queued or done is not added again. Returns how many were new. */
  enqueue(jobs: readonly PhotoJobData[]): Promise<number>;
  counts(): Promise<PhotoQueueCounts>;
  failures(limit: number): Promise<FailedPhoto[]>;
  stop(): Promise<void>;
}

/**
 * Starts pg-boss on the Takumi database (installing or upgrading its schema, which it does under its
 * own lock) and creates the photo queue. Each job's id is derived from (model, sha256), so enqueueing
 * the same photo twice — two imports, a re-import — adds it once (pg-boss inserts ignore conflicts).
 */
export async function openPhotoQueue(
  options: Partial<PhotoQueueOptions> & Omit<PhotoQueueOptions, 'maintenanceIntervalSeconds'>,
): Promise<PhotoQueue> {
  if (!/^postgres(ql)?:\/\//i.test(options.databaseUrl)) {
    throw new PhotoQueueError(
      'QUEUE_NEEDS_POSTGRES',
      'Embedding workers need PostgreSQL: set DATABASE_URL=postgresql://… on this machine and the workers (see README ' +
        '"PostgreSQL and workers"). With SQLite, takumi import embeds the photos itself.',
      {},
    );
  }
  const boss = new PgBoss({
    connectionString: options.databaseUrl,
    max: 3,
    application_name: 'takumi-queue',
    // Checked at least as often as the timeout, so a dead worker's jobs wait at most about twice it.
    maintenanceIntervalSeconds:
      options.maintenanceIntervalSeconds ??
      Math.max(1, Math.min(defaultPhotoQueueOptions.maintenanceIntervalSeconds, options.timeoutSeconds)),
    schedule: false,
  });
  boss.on('error', () => undefined);
  try {
    await boss.start();
    await boss.createQueue(photoQueueName, {
      name: photoQueueName,
      retryLimit: options.attempts - 1,
      retryDelay: 0,
      expireInSeconds: options.timeoutSeconds,
      retentionDays: 14,
    });
    // createQueue keeps an existing queue's settings; apply the current ones.
    await boss.updateQueue(photoQueueName, {
      name: photoQueueName,
      retryLimit: options.attempts - 1,
      retryDelay: 0,
      expireInSeconds: options.timeoutSeconds,
      retentionDays: 14,
    });
  } catch (error) {
    await boss.stop({ graceful: false, wait: false }).catch(() => undefined);
    throw new PhotoQueueError(
      'QUEUE_START_FAILED',
      `The photo queue could not start on PostgreSQL (${error instanceof Error ? error.message : String(error)}). ` +
        'Check DATABASE_URL and that the user may create the pgboss schema.',
      {},
      { cause: error },
    );
  }
  const db = boss.getDb();
  return {
    boss,
    async enqueue(jobs) {
      if (jobs.length === 0) return 0;
      const before = await countAll(db);
      for (let start = 0; start < jobs.length; start += 1000) {
        await boss.insert(
          jobs.slice(start, start + 1000).map((data) => ({ id: photoJobId(data), name: photoQueueName, data })),
        );
      }
      return (await countAll(db)) - before;
    },
    async counts() {
      const { rows } = await db.executeSql(
        `SELECT state, count(*)::int AS n FROM pgboss.job WHERE name = $1 GROUP BY state
         UNION ALL SELECT state, count(*)::int FROM pgboss.archive WHERE name = $1 GROUP BY state`,
        [photoQueueName],
      );
      const counts: PhotoQueueCounts = { waiting: 0, active: 0, completed: 0, failed: 0 };
      for (const row of rows as { state: string; n: number }[]) {
        if (row.state === 'created' || row.state === 'retry') counts.waiting += row.n;
        else if (row.state === 'active') counts.active += row.n;
        else if (row.state === 'completed') counts.completed += row.n;
        else if (row.state === 'failed') counts.failed += row.n;
      }
      return counts;
    },
    async failures(limit) {
      const { rows } = await db.executeSql(
        `SELECT data, retry_count, output FROM pgboss.job WHERE name = $1 AND state = 'failed'
         ORDER BY completed_on DESC LIMIT $2`,
        [photoQueueName, limit],
      );
      return (rows as { data: PhotoJobData; retry_count: number; output: unknown }[]).map((row) => ({
        path: row.data.path,
        sha256: row.data.sha256,
        tries: row.retry_count + 1,
        error: describeOutput(row.output),
      }));
    },
    stop: () => boss.stop({ graceful: false, wait: true, timeout: 5_000 }),
  };
}

/** A UUID-shaped id from (model, sha256): the same photo always gets the same job id. */
export function photoJobId(data: Pick<PhotoJobData, 'modelId' | 'sha256'>): string {
  const hex = createHash('sha256').update(`${data.modelId}\n${data.sha256}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

async function countAll(db: PgBoss.Db): Promise<number> {
  const { rows } = await db.executeSql('SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1', [photoQueueName]);
  return (rows[0] as { n: number }).n;
}

function describeOutput(output: unknown): string {
  if (typeof output === 'object' && output !== null) {
    const value = 'value' in output ? (output as { value: unknown }).value : output;
    if (typeof value === 'object' && value !== null && 'message' in value) return String(value.message);
    return JSON.stringify(value);
  }
  return String(output ?? 'unknown error');
}
