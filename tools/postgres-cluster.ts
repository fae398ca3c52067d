/**
 * A throw-away PostgreSQL cluster for tests and benchmarks: `initdb` in a fresh temporary folder,
 * a free port on 127.0.0.1 only, trust authentication for the one local user, no durability
 * (fsync off: the data dies with the folder anyway). `stop()` shuts it down and removes the folder.
 *
 * Uses Debian's `postgresql` package (binaries under /usr/lib/postgresql/<version>/bin, or
 * `PG_BIN`). initdb and pg_ctl refuse to run as root, so as root they run as the `postgres` user
 * (`runuser`), with the folder handed to that user.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';

/** Options of {@link startPostgresCluster}. */
export interface PostgresClusterOptions {
  /** Folder with initdb, pg_ctl and postgres; found under /usr/lib/postgresql when unset. */
  binDirectory?: string;
  /** Superuser created by initdb. */
  user: string;
  /** max_connections of the server: every test file and worker holds a small pool. */
  maxConnections: number;
}

export const defaultPostgresClusterOptions: PostgresClusterOptions = { user: 'takumi', maxConnections: 300 };

/** A running cluster. */
export interface PostgresCluster {
  /** `postgresql://takumi@127.0.0.1:<port>/postgres` (the maintenance database initdb creates). */
  url: string;
  port: number;
  dataDirectory: string;
  /** Stops the server (fast shutdown) and removes its folder; safe to call twice. */
  stop(): void;
}

/** Starts a cluster; throws with the server log when it does not come up. */
export async function startPostgresCluster(options: Partial<PostgresClusterOptions> = {}): Promise<PostgresCluster> {
  const { user, maxConnections } = { ...defaultPostgresClusterOptions, ...options };
  const bin = options.binDirectory ?? findPostgresBinaries();
  const root = mkdtempSync(path.join(tmpdir(), 'takumi-pg-'));
  const dataDirectory = path.join(root, 'data');
  const asRoot = userInfo().uid === 0;
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(root, uid, gid);
  }
  chmodSync(root, 0o700);
  const run = (program: string, args: string[]): void => {
    const command = asRoot ? 'runuser' : path.join(bin, program);
    const commandArgs = asRoot ? ['-u', 'postgres', '--', path.join(bin, program), ...args] : args;
    const result = spawnSync(command, commandArgs, { encoding: 'utf8', cwd: root });
    if (result.status !== 0) {
      throw new Error(
        `${program} failed (exit ${result.status ?? result.signal}): ${result.stderr || result.stdout || result.error?.message}`,
      );
    }
  };
  let started = false;
  const stop = (): void => {
    if (started) {
      started = false;
      try {
        run('pg_ctl', ['-D', dataDirectory, '-m', 'fast', '-w', 'stop']);
      } catch {
        // Already gone (killed with its parent); the folder is removed either way.
      }
    }
    rmSync(root, { recursive: true, force: true });
  };
  try {
    run('initdb', ['-D', dataDirectory, '-U', user, '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
    const port = await findFreePort();
    const serverOptions = [
      `-c listen_addresses=127.0.0.1`,
      `-c port=${port}`,
      `-c unix_socket_directories=${root}`,
      `-c max_connections=${maxConnections}`,
      '-c fsync=off',
      '-c synchronous_commit=off',
      '-c full_page_writes=off',
    ].join(' ');
    run('pg_ctl', ['-D', dataDirectory, '-l', path.join(root, 'server.log'), '-o', serverOptions, '-w', 'start']);
    started = true;
    return { url: `postgresql://${user}@127.0.0.1:${port}/postgres`, port, dataDirectory, stop };
  } catch (error) {
    stop();
    throw error;
  }
}

/** The newest installed Debian PostgreSQL, or `PG_BIN`. */
export function findPostgresBinaries(): string {
  const fromEnvironment = process.env['PG_BIN'];
  if (fromEnvironment !== undefined && existsSync(path.join(fromEnvironment, 'initdb'))) return fromEnvironment;
  const base = '/usr/lib/postgresql';
  const versions = existsSync(base)
    ? readdirSync(base)
        .filter((name) => existsSync(path.join(base, name, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions[0] === undefined) {
    throw new Error(
      'PostgreSQL is not installed: run `apt-get install -y postgresql` (Debian) or set PG_BIN to the folder with initdb.',
    );
  }
  return path.join(base, versions[0], 'bin');
}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}
