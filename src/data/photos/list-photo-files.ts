import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { type ErrorCode, TakumiError } from '../../core/takumi-error.ts';

/** Codes of {@link PhotoFolderError}. */
export const photoFolderErrorCodes = ['FOLDER_NOT_FOUND', 'FOLDER_UNREADABLE', 'FOLDER_NOT_A_FOLDER'] as const;
/** Raised when the folder itself cannot be used; per-file problems are reported per file instead. */
export class PhotoFolderError extends TakumiError<ErrorCode<typeof photoFolderErrorCodes>> {}

/**
 * Every regular file under `folder` (recursively, sorted, hidden files skipped). Non-images are kept on
 * purpose: each gets its own clear error later, instead of vanishing silently.
 */
export async function listPhotoFiles(folder: string): Promise<string[]> {
  const root = path.resolve(folder);
  const info = await stat(root).catch((error: NodeJS.ErrnoException) => {
    throw new PhotoFolderError(
      error.code === 'ENOENT' ? 'FOLDER_NOT_FOUND' : 'FOLDER_UNREADABLE',
      error.code === 'ENOENT'
        ? `The folder ${root} does not exist. Check the path.`
        : `The folder ${root} cannot be read (${error.code}). Check its permissions.`,
      { folder: root },
    );
  });
  if (!info.isDirectory())
    throw new PhotoFolderError(
      'FOLDER_NOT_A_FOLDER',
      `${root} is a file, not a folder. Pass the folder that holds the photos.`,
      { folder: root },
    );
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter(
      (entry) =>
        !entry.isDirectory() && !pathHasHiddenPart(path.relative(root, path.join(entry.parentPath, entry.name))),
    )
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

function pathHasHiddenPart(relative: string): boolean {
  return relative.split(path.sep).some((part) => part.startsWith('.'));
}
