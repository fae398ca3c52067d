import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { listPhotoFiles } from '../photos/list-photo-files.ts';
import { addValueIssue } from './add-value-issue.ts';
import { createRowIssue } from './create-row-issue.ts';
import { customerIdSchema } from './customer-id-schema.ts';
import { dateTextSchema } from './date-text-schema.ts';
import { findColumns } from './find-columns.ts';
import type { RowIssue } from './import-report.ts';
import { ingestColumns } from './ingest-columns.ts';
import { IngestError } from '../data-errors.ts';
import { quoteValue } from './quote-value.ts';
import { readCsvTable } from './read-csv-table.ts';
import { validateRows } from './validate-rows.ts';
import { appendAll } from '../../core/append-all.ts';

/** One photo to link to one customer. */
export interface PhotoEntry {
  customerExternalId: string;
  /** Absolute path of the photo file. */
  path: string;
  /** How the photo is named in messages: `<folder>/<customer>/<file>`, or the manifest's name. */
  file: string;
  /** The manifest line and the path as written there (manifest input only). */
  line?: number;
  written?: string;
  postedAt: Date | null;
}

/** The photos named by a folder or a manifest, and the entries that could not be used. */
export interface PhotoEntries {
  kind: 'folder' | 'manifest';
  /** Display name of the folder or manifest. */
  source: string;
  /** Photo files (folder) or manifest rows considered, including those with issues. */
  total: number;
  entries: PhotoEntry[];
  issues: RowIssue[];
  /** The manifest's customer id and path headers as written (manifest input only). */
  columns?: { customerId: string; path: string };
}

const pathSchema = z.string().transform((text, context) => {
  const trimmed = text.trim();
  if (trimmed === '') {
    addValueIssue(
      context,
      'PHOTO_PATH_EMPTY',
      "is empty; write the photo file's path relative to the manifest's folder, like photos/C001.jpg",
    );
    return z.NEVER;
  }
  // Manifests written on Windows use backslashes, which are ordinary characters in POSIX names.
  return path.sep === '/' ? trimmed.replaceAll('\\', '/') : trimmed;
});

const manifestRowSchema = z.object({
  customerId: customerIdSchema,
  path: pathSchema,
  postedAt: dateTextSchema.optional(),
});

/**
 * Lists the photos of a photos input: a folder with one subfolder per customer id
 * (`photos/<customer_id>/**`, any depth below it) or a manifest CSV (customer_id, path[, posted_at],
 * paths relative to the manifest's folder). Files that are missing or outside a customer folder are
 * reported as issues; whether a file is an image is checked later.
 *
 * @throws IngestError when the input does not exist, is an empty folder, or a manifest that cannot be used.
 */
export async function collectPhotoEntries(
  sourcePath: string,
  options: CollectPhotoEntriesOptions = {},
): Promise<PhotoEntries> {
  const absolute = path.resolve(sourcePath);
  const information = await stat(absolute).catch((error: NodeJS.ErrnoException) => {
    throw new IngestError(
      'PHOTOS_NOT_FOUND',
      error.code === 'ENOENT'
        ? `${absolute} does not exist. Pass a folder with one subfolder per customer id, or a photo manifest CSV.`
        : `${absolute} cannot be read (${error.code}). Fix its permissions.`,
      { file: path.basename(absolute), path: absolute, errno: error.code },
    );
  });
  const root = await resolvePhotosRoot(
    options.photosRoot ?? (information.isDirectory() ? absolute : path.dirname(absolute)),
    options.photosRoot !== undefined,
  );
  const collected = information.isDirectory() ? await fromFolder(absolute) : await fromManifest(absolute);
  return keepInsideRoot(collected, root);
}

/** Options of {@link collectPhotoEntries}. */
export interface CollectPhotoEntriesOptions {
  /**
   * The folder every photo must stay under, symbolic links followed (`--photos-root`); default the
   * photos folder itself, or the manifest's folder. A photo outside it is refused with its own issue.
   */
  photosRoot?: string;
}

async function resolvePhotosRoot(root: string, named: boolean): Promise<{ given: string; real: string }> {
  const absolute = path.resolve(root);
  const information = await stat(absolute).catch(() => null);
  if (!information?.isDirectory()) {
    throw new IngestError(
      'PHOTOS_ROOT_NOT_FOUND',
      `${named ? '--photos-root ' : 'The photos folder '}${absolute} ${information ? 'is not a folder' : 'does not exist'}. Pass the folder that holds every photo the manifest lists.`,
      { file: path.basename(absolute), path: absolute },
    );
  }
  return { given: absolute, real: await realpath(absolute) };
}

function isInside(root: string, file: string): boolean {
  const relative = path.relative(root, file);
  return relative !== '' && !relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative);
}

/**
 * Refuses every entry whose file, with all symbolic links followed, lies outside `root`: a manifest
 * row like `../../home/someone/.ssh/id_rsa`, an absolute path elsewhere, or a link in a customer's
 * folder that points out of it. Each is its own issue; the other photos go on.
 */
async function keepInsideRoot(collected: PhotoEntries, root: { given: string; real: string }): Promise<PhotoEntries> {
  const entries: PhotoEntry[] = [];
  const issues = [...collected.issues];
  for (const entry of collected.entries) {
    const real = await realpath(entry.path).catch(() => null);
    if (real !== null && isInside(root.real, real)) {
      entries.push(entry);
      continue;
    }
    const column = collected.columns?.path;
    const named = entry.written === undefined ? '' : `${column ?? 'path'} ${quoteValue(entry.written)} `;
    issues.push(
      createRowIssue({
        file: entry.file,
        ...(entry.line === undefined ? {} : { line: entry.line }),
        ...(column === undefined ? {} : { column }),
        ...(entry.written === undefined ? {} : { value: entry.written }),
        code: 'PHOTO_OUTSIDE_ROOT',
        reason: `${named}is outside the photos root ${root.given}${isInside(root.given, entry.path) ? ' (through a symbolic link)' : ''}; move the photo under it, or pass --photos-root with a folder that holds every photo`,
      }),
    );
  }
  return { ...collected, entries, issues };
}

async function fromFolder(root: string): Promise<PhotoEntries> {
  const source = `${path.basename(root)}/`;
  const files = await listPhotoFiles(root);
  if (files.length === 0) {
    throw new IngestError(
      'PHOTOS_EMPTY',
      `The photos folder ${root} has no files. Put each customer's photos in a subfolder named after the customer id, like ${source}C001/photo.jpg.`,
      {
        file: source,
        path: root,
      },
    );
  }
  const entries: PhotoEntry[] = [];
  const issues: RowIssue[] = [];
  for (const file of files) {
    const relative = path.relative(root, file);
    const [customer, ...rest] = relative.split(path.sep);
    const display = `${path.basename(root)}/${relative.split(path.sep).join('/')}`;
    if (rest.length === 0 || customer === undefined) {
      issues.push(
        createRowIssue({
          file: display,
          code: 'PHOTO_NOT_IN_CUSTOMER_FOLDER',
          reason: `is not in a customer's folder; move it into a subfolder named after the customer's id, like ${source}C001/${path.basename(file)}`,
        }),
      );
      continue;
    }
    entries.push({ customerExternalId: customer, path: file, file: display, postedAt: null });
  }
  return { kind: 'folder', source, total: files.length, entries, issues };
}

async function fromManifest(manifestPath: string): Promise<PhotoEntries> {
  const table = await readCsvTable(manifestPath, { role: 'photo manifest' });
  const columns = findColumns(table, ingestColumns.photoManifest);
  const { rows, issues } = validateRows({ table, columns, schema: manifestRowSchema, blankMeansAbsent: ['postedAt'] });
  appendAll(issues, table.issues);
  const pathColumn = table.columns[columns.path!]!;
  const folder = path.dirname(manifestPath);
  const seen = new Map<string, number>();
  const entries: PhotoEntry[] = [];
  for (const row of rows) {
    const file = path.resolve(folder, row.data.path);
    const where = { file: table.file, line: row.line, column: pathColumn, value: row.data.path };
    const kind = await stat(file).then(
      (information) => (information.isDirectory() ? 'folder' : information.isFile() ? 'file' : 'special'),
      () => 'missing',
    );
    if (kind !== 'file') {
      const reasons = {
        folder: `${pathColumn} ${quoteValue(row.data.path)} is a folder; list each photo file on its own row`,
        special: `${pathColumn} ${quoteValue(row.data.path)} is not a regular file (a device, pipe or socket); list photo files only`,
        missing: `${pathColumn} ${quoteValue(row.data.path)} does not exist (looked for ${file}); paths are relative to the manifest's folder`,
      };
      issues.push(
        createRowIssue({
          ...where,
          code: kind === 'folder' ? 'PHOTO_IS_FOLDER' : kind === 'special' ? 'PHOTO_NOT_REGULAR' : 'PHOTO_NOT_FOUND',
          reason: reasons[kind as keyof typeof reasons],
        }),
      );
      continue;
    }
    const key = `${row.data.customerId}\u0000${file}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      issues.push(
        createRowIssue({
          ...where,
          code: 'PHOTO_DUPLICATE',
          reason: `${pathColumn} ${quoteValue(row.data.path)} is already listed for this customer on line ${earlier}; list it once`,
        }),
      );
      continue;
    }
    seen.set(key, row.line);
    entries.push({
      customerExternalId: row.data.customerId,
      path: file,
      file: table.file,
      line: row.line,
      written: row.data.path,
      postedAt: row.data.postedAt ?? null,
    });
  }
  return {
    kind: 'manifest',
    source: table.file,
    total: table.records.length + table.issues.length,
    entries,
    issues,
    columns: { customerId: table.columns[columns.customerId!]!, path: pathColumn },
  };
}
