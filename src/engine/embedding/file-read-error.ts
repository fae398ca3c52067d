import { TakumiError } from '../../core/takumi-error.ts';
import { FileReadError } from '../engine-errors.ts';

/** Turns a failed file read (a Node errno error) into a TakumiError that says what to do. */
export function fileReadError(error: unknown): TakumiError {
  if (error instanceof TakumiError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT')
    return new FileReadError(
      'FILE_NOT_FOUND',
      'The file does not exist (moved, deleted or a broken link). Check the path.',
      { errno: code },
    );
  if (code === 'EACCES' || code === 'EPERM')
    return new FileReadError('FILE_UNREADABLE', 'The file cannot be read (permission denied). Fix its permissions.', {
      errno: code,
    });
  if (code === 'EISDIR')
    return new FileReadError('FILE_IS_DIRECTORY', 'This path is a folder, not a photo.', { errno: code });
  return new FileReadError(
    'FILE_READ_FAILED',
    `The file could not be read (${error instanceof Error ? error.message : String(error)}).`,
    { errno: code },
  );
}
