/**
 * Benchmark of the privacy guard's redaction (issue 11 item 4): request bodies of 40,000 characters
 * and 250 kB / 1 MB of the inputs that made the old patterns quadratic (kanji without spaces, one long
 * ASCII word, '@'/'.jpg'/'/' runs, address-like and phone-like runs), redacted against an index of
 * 20,000 known customers.
 *
 *   npx tsx tools/bench-redaction.ts [--json]
 *
 * Prints one line per input and size (milliseconds, and the 1 MB / 250 kB ratio: 4 is linear), then
 * one JSON object as the last line. Run it under `flock /work/heavy.lock` for figures you report.
 */
import os from 'node:os';
import { PrivacyGuard } from '../src/agent/privacy-guard.ts';
import { SensitiveValueIndex, type SensitiveValue } from '../src/agent/sensitive-value-index.ts';
import type { SensitiveValueCache } from '../src/agent/sensitive-value-cache.ts';
import { isMainModule } from './is-main-module.ts';

/** Inputs that are slow for backtracking patterns, each repeated to `length` characters. */
export function adversarialTexts(length: number): Record<string, string> {
  const repeatTo = (unit: string): string => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
  let kanji = '';
  for (let index = 0; kanji.length < length; index += 1)
    kanji += String.fromCodePoint(0x4e00 + ((index * 7919) % 20_000));
  return {
    kanji,
    asciiWord: repeatTo('a'),
    digits: repeatTo('0'),
    atSigns: repeatTo('a@'),
    fileNames: repeatTo('a.jpg'),
    slashes: repeatTo('/a'),
    addressLike: repeatTo('東京都港区六本木'),
    phoneLike: repeatTo('090-'),
    idLabels: repeatTo('顧客 '),
    mixed: repeatTo('佐藤様 090ー1234ー5678 hanako@例え.jp 〒100ー0001 札幌市北2条西2丁目 '),
  };
}

/** A chat-completions body with the text as the user's message and as a tool result. */
export function requestBody(text: string): string {
  const half = Math.floor(text.length / 2);
  return JSON.stringify({
    model: 'gpt-4o-mini',
    messages: [
      { role: 'user', content: text.slice(0, half) },
      { role: 'tool', tool_call_id: 'call_1', content: text.slice(half) },
    ],
  });
}

/** A guard over an index of `customers` known customers (ids, names, e-mails, phones). */
export function guardWithKnownCustomers(customers: number): PrivacyGuard {
  const index = indexes.get(customers) ?? knownCustomers(customers);
  indexes.set(customers, index);
  const cache = { index: async () => index } as unknown as SensitiveValueCache;
  return new PrivacyGuard({ sensitiveValues: cache, logger: { info() {}, warn() {}, error() {} } });
}

const indexes = new Map<number, SensitiveValueIndex>();

function knownCustomers(customers: number): SensitiveValueIndex {
  const values: SensitiveValue[] = [];
  for (let index = 0; index < customers; index += 1) {
    values.push(
      { value: String(10_000 + index), customerId: true },
      { value: `顧客${index} 花子` },
      { value: `customer${index}@example.jp` },
      { value: `090${String(index).padStart(8, '0')}` },
    );
  }
  return new SensitiveValueIndex(values);
}

/** Which clock {@link timeRedaction} reads. */
export type RedactionClock = 'wall' | 'cpu';

/**
 * Milliseconds to redact one body with a fresh guard (no cache hit), best of `repeats`. `cpu` counts
 * this process's CPU time (user + system) instead of the wall clock: redaction is synchronous work on
 * this thread, so on a machine shared with other busy processes it measures the work, not the wait.
 */
export async function timeRedaction(
  text: string,
  customers = 20_000,
  repeats = 2,
  clock: RedactionClock = 'wall',
): Promise<number> {
  const now =
    clock === 'wall'
      ? () => performance.now()
      : () => {
          const usage = process.cpuUsage();
          return (usage.user + usage.system) / 1_000;
        };
  let best = Number.POSITIVE_INFINITY;
  const guard = guardWithKnownCustomers(customers);
  for (let run = 0; run < repeats; run += 1) {
    // A fresh guard per run: each run redacts every part, as the first agent step does.
    const fresh = run === 0 ? guard : guardWithKnownCustomers(customers);
    await fresh.redactRequestBody('{"messages":[]}');
    const start = now();
    await fresh.redactRequestBody(requestBody(text));
    best = Math.min(best, now() - start);
  }
  return best;
}

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const log = (line: string): void => void (json ? process.stderr : process.stdout).write(`${line}\n`);
  log(`Machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, Node ${process.version}`);
  const results: Record<string, { ms40k: number; ms250k: number; ms1m: number; ratio: number }> = {};
  const small = adversarialTexts(40_000);
  const medium = adversarialTexts(250_000);
  const large = adversarialTexts(1_000_000);
  for (const name of Object.keys(small)) {
    const ms40k = await timeRedaction(small[name]!);
    const ms250k = await timeRedaction(medium[name]!);
    const ms1m = await timeRedaction(large[name]!);
    results[name] = { ms40k, ms250k, ms1m, ratio: ms1m / ms250k };
    log(
      `${name.padEnd(12)} 40k ${ms40k.toFixed(1).padStart(7)} ms   250k ${ms250k.toFixed(1).padStart(7)} ms   1M ${ms1m.toFixed(1).padStart(7)} ms   1M/250k ×${(ms1m / ms250k).toFixed(2)}`,
    );
  }
  console.log(JSON.stringify(results));
}

if (isMainModule(import.meta.url)) await main();
