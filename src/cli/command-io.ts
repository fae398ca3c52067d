/** Where a command writes: injected so tests can capture output and the CLI can use the terminal. */
export interface CommandIo {
  out: (text: string) => void;
  error: (text: string) => void;
  /** The stream a progress bar may draw on, when it is an interactive terminal. */
  progressStream: NodeJS.WriteStream | undefined;
}

export const processIo: CommandIo = {
  out: (text) => process.stdout.write(`${text}\n`),
  error: (text) => process.stderr.write(`${text}\n`),
  progressStream: process.stderr.isTTY ? process.stderr : undefined,
};
