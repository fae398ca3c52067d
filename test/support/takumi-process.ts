import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { cliPath } from './run-cli.ts';

/** A TCP port free on 127.0.0.1 right now. */
export function freePort(): Promise<number> {
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

/** A running `takumi start`, with what it wrote to stderr so far. */
export interface TakumiProcess {
  child: ChildProcess;
  stderr(): string;
  /** Resolves once the process has exited (and been reaped). */
  exited: Promise<void>;
}

/** `takumi start` in its own process (the real CLI), resolved once it says it is running in Slack. */
export function startTakumiProcess(
  environment: NodeJS.ProcessEnv,
  timeoutMilliseconds = 300_000,
): Promise<TakumiProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, 'start'], {
      env: environment,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    const exited = new Promise<void>((done) => child.once('exit', () => done()));
    const timer = setTimeout(() => reject(new Error(`takumi start did not come up: ${stderr}`)), timeoutMilliseconds);
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (/Takumi is running in Slack/.test(stderr)) {
        clearTimeout(timer);
        resolve({ child, stderr: () => stderr, exited });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`takumi start exited (${code}): ${stderr}`));
    });
  });
}
