import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { loadConfig, projectRoot } from '../../src/config/load-config.ts';
import type { ImportReport } from '../../src/data/ingest/import-report.ts';
import { makeJpeg } from '../support/fixture-images.ts';
import { modelForTests } from '../support/model-for-tests.ts';
import { runCli } from '../support/run-cli.ts';

const fixtures = path.join(projectRoot, 'test/fixtures/ingest');
const fixture = (name: string): string => path.join(fixtures, name);

/** Runs the command in this process (fast), capturing what it prints. */
async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await main(args, {
    out: (text) => stdout.push(text),
    error: (text) => stderr.push(text),
    progressStream: undefined,
  });
  return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
}

describe('takumi import', () => {
  let home: string;
  let environment: NodeJS.ProcessEnv;
  const saved = { ...process.env };

  beforeAll(async () => {
    await modelForTests();
    home = await mkdtemp(path.join(os.tmpdir(), 'takumi-import-cli-'));
    // loadConfig reads process.env; the forked test worker owns it.
    process.env.TAKUMI_MODEL_DIR = loadConfig().modelDirectory;
    process.env.TAKUMI_HOME = home;
    delete process.env.DATABASE_URL;
    environment = { ...process.env };
  });
  afterAll(async () => {
    process.env = saved;
    await rm(home, { recursive: true, force: true });
  });

  it('prints counts and each rejected row, and exits 0', async () => {
    const result = await run([
      'import',
      '--dataset',
      'shop',
      '--customers',
      fixture('customers.csv'),
      '--transactions',
      fixture('transactions.csv'),
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Import into dataset "shop" \(new\), \d+\.\d s$/m);
    expect(result.stdout).toContain(
      '  customers     customers.csv: 3 rows: 3 added, 0 updated, 0 unchanged, 0 rejected',
    );
    expect(result.stdout).toContain(
      '  transactions  transactions.csv: 10 rows: 4 added, 0 updated, 0 unchanged, 6 rejected',
    );
    expect(result.stdout).toContain(
      'Rows not imported (6):\n  transactions.csv line 5: amount "abc" is not a number; write digits like 1200 or 12.5\n  transactions.csv line 6: date',
    );
    expect(result.stdout).not.toContain('more (run with --json');
  });

  it('prints the whole report as JSON, and re-importing changes nothing', async () => {
    const result = await run([
      'import',
      '--dataset',
      'shop',
      '--customers',
      fixture('customers.csv'),
      '--transactions',
      fixture('transactions.csv'),
      '--json',
    ]);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as ImportReport;
    expect(report.customers).toMatchObject({ added: 0, unchanged: 3 });
    expect(report.transactions).toMatchObject({ added: 0, unchanged: 4, rejected: 6 });
    expect(report.rowErrors.map((issue) => issue.line)).toEqual([5, 6, 7, 8, 9, 10]);
  });

  it('shows the first 20 rejected rows in text and all of them in JSON', async () => {
    const bad = path.join(home, 'bad-amounts.csv');
    await writeFile(
      bad,
      `customer_id,date,amount\n${Array.from({ length: 25 }, (_, index) => `C001,2024-01-01,x${index}`).join('\n')}\n`,
    );
    const text = await run([
      'import',
      '--dataset',
      'many',
      '--customers',
      fixture('customers.csv'),
      '--transactions',
      bad,
    ]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('  bad-amounts.csv line 21: amount "x19" is not a number');
    expect(text.stdout).not.toContain('line 22:');
    expect(text.stdout).toContain('  …and 5 more (run with --json to see all)');
    const json = await run([
      'import',
      '--dataset',
      'many',
      '--customers',
      fixture('customers.csv'),
      '--transactions',
      bad,
      '--json',
    ]);
    expect((JSON.parse(json.stdout) as ImportReport).rowErrors).toHaveLength(25);
  });

  it('exits 1 when nothing could be imported, naming each file and the fix', async () => {
    const result = await run([
      'import',
      '--dataset',
      'nothing',
      '--customers',
      fixture('not-a-table.txt'),
      '--transactions',
      path.join(home, 'missing.csv'),
    ]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      'Files not imported:\n  ✗ not-a-table.txt has no customer_id column. Columns found: These are my notes about customers.',
    );
    expect(result.stdout).toContain(
      `  ✗ missing.csv: ${path.join(home, 'missing.csv')} does not exist. Check the path of the transactions file.`,
    );
    expect(result.stdout).toContain('Nothing was imported. Fix the problems above and run the same command again.');
  });

  it.each([
    [['import', '--customers', 'c.csv', '--transactions', 't.csv'], 'Missing --dataset.'],
    [['import', '--dataset', 'x'], 'Missing --customers, --transactions.'],
    [
      ['import', '--dataset', 'x', '--customers', 'c.csv', '--transactions', 't.csv', '--colour'],
      "Unknown option '--colour'",
    ],
    [['import', 'customers.csv'], 'Unexpected argument'],
    [
      ['import', '--dataset', 'x', '--customers', 'c.csv', '--transactions', 't.csv', '--currency', 'YEN'],
      '--currency "YEN" is not a currency code',
    ],
  ])('exits 2 with the usage for %j', async (args, message) => {
    const result = await run(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain('Usage: takumi import --dataset NAME --customers FILE --transactions FILE');
  });

  it('links photos without the model under --no-embed', async () => {
    await mkdir(path.join(home, 'quick/C001'), { recursive: true });
    await writeFile(path.join(home, 'quick/C001/a.jpg'), await makeJpeg(41));
    const result = await run([
      'import',
      '--dataset',
      'quick',
      '--customers',
      fixture('customers.csv'),
      '--transactions',
      fixture('transactions.csv'),
      '--photos',
      path.join(home, 'quick'),
      '--no-embed',
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      '  photos        quick/ (folder): 1 photo: 1 added, 0 updated, 0 unchanged, 0 rejected; not embedded (--no-embed)',
    );
  });

  it('embeds photos as the installed command, with its exit code', async () => {
    await mkdir(path.join(home, 'photos/C002'), { recursive: true });
    await writeFile(path.join(home, 'photos/C002/a.jpg'), await makeJpeg(42));
    await writeFile(path.join(home, 'photos/C002/b.jpg'), await makeJpeg(43));
    const args = [
      'import',
      '--dataset',
      'with-photos',
      '--customers',
      fixture('customers.csv'),
      '--transactions',
      fixture('transactions.csv'),
      '--photos',
      path.join(home, 'photos'),
      '--json',
    ];
    const result = await runCli(args, environment);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout.trim().split('\n').at(-1)!) as ImportReport;
    expect(report.photos).toMatchObject({ added: 2, embedded: 2, cached: 0, rejected: 0 });
  }, 120_000);
});
