import { randomUUID } from 'node:crypto';
import os from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { Prisma, type PrismaClient } from '../../generated/prisma/client.ts';
import { IngestError } from '../data-errors.ts';

/** Who holds the import lock, for the message of an import that waits for it. */
export interface ImportLockHolder {
  pid: number;
  host: string;
  datasetName: string;
  startedAt: Date;
}

export interface ImportLockOptions {
  /** Dataset the new import writes to (shown to an import that has to wait). */
  datasetName: string;
  /** How long to wait for another import before giving up with `IMPORT_BUSY`. */
  waitMilliseconds: number;
  /** A holder whose heartbeat is older than this was killed; its lock is taken over. */
  staleMilliseconds: number;
  heartbeatMilliseconds: number;
  pollMilliseconds: number;
  /** Called once when the import has to wait, with who it waits for. */
  onWait?: (holder: ImportLockHolder) => void;
}

export const defaultImportLockOptions = {
  waitMilliseconds: 30 * 60_000,
  staleMilliseconds: 60_000,
  heartbeatMilliseconds: 10_000,
  pollMilliseconds: 250,
} as const satisfies Partial<ImportLockOptions>;

const lockName = 'import';

/**
 * Takes the database's import lock (one `ImportLock` row), so imports into one database run one after
 * the other: two imports started together would otherwise both find a customer or a purchase line
 * missing and both insert it. The lock lives in the database, so it holds across processes (and
 * hosts, on PostgreSQL). Its holder refreshes a heartbeat; a holder killed with SIGKILL stops doing so
 * and is taken over after `staleMilliseconds`, or at once when it was a process on this host that no
 * longer exists.
 *
 * @returns `release`, which deletes the row if this import still holds it.
 * @throws IngestError `IMPORT_BUSY` after `waitMilliseconds` of waiting; nothing was written then.
 */
export async function acquireImportLock(
  prisma: PrismaClient,
  options: Pick<ImportLockOptions, 'datasetName'> & Partial<ImportLockOptions>,
): Promise<{ release: () => Promise<void> }> {
  const settings = { ...defaultImportLockOptions, ...options };
  const owner = randomUUID();
  const host = os.hostname();
  const started = Date.now();
  let announced = false;
  for (;;) {
    try {
      await prisma.importLock.create({
        data: {
          name: lockName,
          owner,
          pid: process.pid,
          host,
          datasetName: settings.datasetName,
          heartbeatAt: new Date(),
        },
      });
      break;
    } catch (error) {
      if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')) throw error;
    }
    const holder = await prisma.importLock.findUnique({ where: { name: lockName } });
    if (!holder) continue;
    const stale =
      Date.now() - holder.heartbeatAt.getTime() > settings.staleMilliseconds ||
      (holder.host === host && !processExists(holder.pid));
    if (stale) {
      await prisma.importLock.deleteMany({ where: { name: lockName, owner: holder.owner } });
      continue;
    }
    if (Date.now() - started >= settings.waitMilliseconds) {
      throw new IngestError(
        'IMPORT_BUSY',
        `Another import into this database is still running (dataset "${holder.datasetName}", process ${holder.pid} on ${holder.host}, started ${holder.startedAt.toISOString()}); nothing was imported. Wait for it to finish, then run this import again.`,
        {
          datasetName: settings.datasetName,
          holder: { pid: holder.pid, host: holder.host, datasetName: holder.datasetName },
        },
      );
    }
    if (!announced) {
      announced = true;
      settings.onWait?.({
        pid: holder.pid,
        host: holder.host,
        datasetName: holder.datasetName,
        startedAt: holder.startedAt,
      });
    }
    await sleep(settings.pollMilliseconds);
  }
  const heartbeat = setInterval(() => {
    prisma.importLock
      .updateMany({ where: { name: lockName, owner }, data: { heartbeatAt: new Date() } })
      .catch(() => undefined);
  }, settings.heartbeatMilliseconds);
  heartbeat.unref();
  return {
    release: async () => {
      clearInterval(heartbeat);
      await prisma.importLock.deleteMany({ where: { name: lockName, owner } });
    },
  };
}

function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
