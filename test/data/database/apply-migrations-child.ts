// Child process of apply-migrations.test.ts: once loaded it prints "ready" and waits for a line
// on stdin, so the parent can start several processes on the same fresh file at the same moment;
// then prints the migrations it applied (or the error) as JSON.
import { once } from 'node:events';
import { applyMigrations } from '../../../src/data/database/apply-migrations.ts';

const databaseUrl = process.argv[2] ?? '';
console.log('ready');
process.stdin.resume();
await once(process.stdin, 'data');
process.stdin.pause();
try {
  const applied = await applyMigrations({ databaseUrl });
  console.log(JSON.stringify({ applied }));
} catch (error) {
  console.log(JSON.stringify({ error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) }));
}
