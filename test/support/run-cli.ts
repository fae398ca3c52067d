import { spawn } from 'node:child_process';
import path from 'node:path';
import { projectRoot } from '../../src/config/load-config.ts';

/** The installed `takumi` command, as a user runs it. */
export const cliPath = path.join(projectRoot, 'bin/takumi.mjs');

/** Runs the real CLI in a child process and collects its exit code and output. */
export function runCli(
  args: string[],
  env: NodeJS.ProcessEnv,
  input?: string,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, ...args], { env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input ?? '');
  });
}
