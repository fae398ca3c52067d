import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import type { TakumiError } from '../../core/takumi-error.ts';
import { FileReadError } from '../../engine/engine-errors.ts';

/** Largest photo file read (64 MiB): far above any camera's JPEG, far below what would exhaust memory. */
export const maximumPhotoBytes = 64 * 1024 * 1024;

export const readRegularFileErrorCodes = ['FILE_NOT_REGULAR', 'FILE_TOO_LARGE'] as const;

/**
 * Reads a whole file, but only a regular file of at most `maximumBytes`: a device (/dev/zero), a FIFO
 * or a socket would grow memory without end or block forever. The file is opened non-blocking, so
 * opening a FIFO with no writer returns at once, and checked on the open handle (no swap in between).
 *
 * @throws TakumiError `FILE_NOT_REGULAR` or `FILE_TOO_LARGE`; errno errors (ENOENT, EACCES…) as they are.
 */
export async function readRegularFile(file: string, maximumBytes: number): Promise<Buffer> {
  const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const information = await handle.stat();
    // A folder keeps the errno callers already explain ("is a folder").
    if (information.isDirectory())
      throw Object.assign(new Error(`EISDIR: illegal operation on a directory, read '${file}'`), { code: 'EISDIR' });
    if (!information.isFile())
      throw new FileReadError(
        'FILE_NOT_REGULAR',
        'This path is not a regular file (a device, pipe or socket), so it is not read. Point to the file itself.',
        { kind: kindOf(information) },
      );
    if (information.size > maximumBytes) throw tooLarge(information.size, maximumBytes);
    // Read at most one byte past the limit, so a file that grows while read is caught too.
    const buffer = Buffer.alloc(Math.min(information.size, maximumBytes) + 1);
    let filled = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
      if (filled > maximumBytes) throw tooLarge(filled, maximumBytes);
      if (filled === buffer.length) break;
    }
    return buffer.subarray(0, filled);
  } finally {
    await handle.close();
  }
}

function tooLarge(size: number, maximumBytes: number): TakumiError {
  return new FileReadError(
    'FILE_TOO_LARGE',
    `The file is larger than ${Math.round(maximumBytes / 1024 / 1024)} MiB, more than Takumi reads. Export a smaller file.`,
    { size, maximumBytes },
  );
}

function kindOf(information: {
  isFIFO(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
  isSocket(): boolean;
}): string {
  if (information.isFIFO()) return 'fifo';
  if (information.isCharacterDevice() || information.isBlockDevice()) return 'device';
  if (information.isSocket()) return 'socket';
  return 'other';
}
