/**
 * Runs a command against a throw-away PostgreSQL cluster (see postgres-cluster.ts), then stops it:
 *
 *   npx tsx tools/with-postgres.ts -- npx vitest run
 *
 * The command gets TAKUMI_TEST_POSTGRES_URL (tests then open every database on PostgreSQL, one fresh
 * database each) and exits with the command's status. Ctrl-C stops the cluster too.
 */
import { spawn } from 'node:child_process';
import { startPostgresCluster } from './postgres-cluster.ts';

const separator = process.argv.indexOf('--');
const command = separator >= 0 ? process.argv.slice(separator + 1) : [];
if (command.length === 0) {
  console.error('Usage: tsx tools/with-postgres.ts -- <command> [args...]');
  process.exit(2);
}

const cluster = await startPostgresCluster();
console.log(`[with-postgres] PostgreSQL on ${cluster.url}`);
const child = spawn(command[0]!, command.slice(1), {
  stdio: 'inherit',
  env: { ...process.env, TAKUMI_TEST_POSTGRES_URL: cluster.url },
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => child.kill(signal));
}
child.once('exit', (code, signal) => {
  cluster.stop();
  process.exit(code ?? (signal ? 1 : 0));
});
