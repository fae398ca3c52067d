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

type Command = (argv: string[], io: CommandIo) => Promise<number>;

/**
 * Each command's module is loaded only when it runs: a usage error or `--help` does not load the
 * model runtime, Prisma, langchain and Bolt (seconds of start-up) for nothing.
 */
const commands: Record<string, () => Promise<Command>> = {
  embed: async () => (await import('./embed-command.ts')).runEmbedCommand,
  import: async () => (await import('./import-command.ts')).runImportCommand,
  ask: async () => (await import('./ask-command.ts')).runAskCommand,
  chat: async () => {
    const { runChatCommand } = await import('./chat-command.ts');
    return (argv, io) => runChatCommand(argv, io);
  },
  start: async () => (await import('./start-command.ts')).runStartCommand,
  worker: async () => (await import('./worker-command.ts')).runWorkerCommand,
  status: async () => (await import('./status-command.ts')).runStatusCommand,
};

/** Entry point of the `takumi` command. Returns the process exit code. */
export async function main(argv: string[], io: CommandIo = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    io.out(usage);
    return name ? 0 : 2;
  }
  const loadCommand = commands[name];
  if (!loadCommand) {
    io.error(`Unknown command "${name}".\n\n${usage}`);
    return 2;
  }
  try {
    const command = await loadCommand();
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
