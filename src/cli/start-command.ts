import { loadConfig } from '../config/load-config.ts';
import { checkSlackStart } from '../slack/check-slack-start.ts';
import { resolveSlackMode } from '../slack/resolve-slack-mode.ts';
import { type RunningSlackApp, startSlackApp } from '../slack/start-slack-app.ts';
import type { CommandIo } from './command-io.ts';
import { createRuntime } from '../agent/create-runtime.ts';

/**
 * `npm start`: the Slack app when Slack tokens are set, otherwise the local terminal chat. Runs until
 * stopped (Ctrl-C / SIGTERM stop Slack cleanly; the chat ends on an empty line or Ctrl-D).
 */
export async function runStartCommand(argv: string[], io: CommandIo): Promise<number> {
  const config = loadConfig();
  // A half-set Slack configuration, a taken PORT or an unreachable Slack is reported in seconds,
  // before the database and the demo.
  await checkSlackStart(config.slack);
  const runtime = await createRuntime({
    config,
    onStatus: (message) => io.error(message),
    echoLog: (line) => io.error(line),
  });
  let slack: RunningSlackApp | null;
  try {
    slack = resolveSlackMode(config.slack) ? await startSlackApp({ runtime }) : null;
  } catch (error) {
    await runtime.close();
    throw error;
  }
  if (!slack) {
    // Loaded only for the terminal chat: in Slack mode the answer worker thread loads the agent and tools.
    const { runChatCommand } = await import('./chat-command.ts');
    return runChatCommand(argv, io, { runtime });
  }
  io.error(
    `Takumi is running in Slack (${slack.mode === 'socket' ? 'Socket Mode' : `HTTP on port ${slack.port}`}). Ctrl-C stops it.`,
  );
  await new Promise<void>((resolve) => {
    const stop = (): void => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  try {
    await slack.stop();
  } finally {
    await runtime.close();
  }
  return 0;
}
