import { runAskCommand } from './ask-command.ts';
import { runChatCommand } from './chat-command.ts';
import { runEmbedCommand } from './embed-command.ts';
import { runImportCommand } from './import-command.ts';
import { runStartCommand } from './start-command.ts';
import { runStatusCommand } from './status-command.ts';
import { runWorkerCommand } from './worker-command.ts';
import type { CommandIo } from './command-io.ts';
import { processIo } from './command-io.ts';
import { TakumiError } from '../core/takumi-error.ts';
import { exitCodeOf } from './exit-codes.ts';

const usage = `Usage: takumi <command> [options]

Commands:
  embed <folder> [--json]   Embed every photo in a folder (ResNet-50), store results, print a summary.
  import --dataset NAME --customers FILE --transactions FILE [--photos DIR_OR_MANIFEST] [--json]
                            Import customers, purchases and photos into a dataset (re-import is safe).
  ask "<question>" [--dataset NAME] [--json]
                            Answer one question (charts written as PNG files).
  chat                      Local terminal chat with memory.
  start                     The Slack app when Slack tokens are set, else the local chat (\`npm start\`).
  worker                    Embed queued photos (PostgreSQL; run on any machine with the same DATABASE_URL).
  status [--json]           Photo analysis progress per dataset, and the photo queue on PostgreSQL.

Run \`takumi <command> --help\` for a command's options.`;

const commands: Record<string, (argv: string[], io: CommandIo) => Promise<number>> = {
  embed: runEmbedCommand,
  import: runImportCommand,
  ask: runAskCommand,
  chat: (argv, io) => runChatCommand(argv, io),
  start: runStartCommand,
  worker: runWorkerCommand,
  status: runStatusCommand,
};

/** Entry point of the `takumi` command. Returns the process exit code. */
export async function main(argv: string[], io: CommandIo = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    io.out(usage);
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    io.error(`Unknown command "${name}".\n\n${usage}`);
    return 2;
  }
  try {
    return await command(rest, io);
  } catch (error) {
    // Unknown flags and the like are usage errors: say so with the usage, not a stack.
    if ((error as NodeJS.ErrnoException | undefined)?.code?.startsWith('ERR_PARSE_ARGS')) {
      io.error(`${(error as Error).message}\n\nRun \`takumi ${name} --help\` for its options.`);
      return 2;
    }
    // Expected failures carry a message that says what to do; anything else is a bug worth a stack.
    io.error(
      error instanceof TakumiError
        ? `Error: ${error.message}`
        : `Unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    return exitCodeOf(error);
  }
}
