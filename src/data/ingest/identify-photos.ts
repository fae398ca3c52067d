import { createHash } from 'node:crypto';
import { maximumPhotoBytes, readRegularFile } from '../files/read-regular-file.ts';
import { fileReadError } from '../../engine/embedding/file-read-error.ts';
import type { ImageEmbedder } from '../../engine/embedding/image-embedder.ts';
import { embedPhotos } from '../photos/embed-photos.ts';
import type { EmbeddingStore } from '../embedding-store/embedding-store.ts';

/** A photo file's content hash, or why it cannot be used. */
export type PhotoIdentity = { sha256: string } | { error: { code: string; message: string } };

export interface IdentifyPhotosOptions {
  /** Absolute paths, each once. */
  paths: readonly string[];
  /** When given, photos are embedded (those already stored are not recomputed); else only hashed. */
  embedding?: { embedder: ImageEmbedder; store: EmbeddingStore };
  onProgress?: (done: number, total: number) => void;
}

export interface IdentifyPhotosResult {
  byPath: Map<string, PhotoIdentity>;
  /** Photos embedded now. */
  embedded: number;
  /** Photos whose embedding was already stored. */
  cached: number;
}

/** Leading bytes of the image formats the embedder decodes (checked only when not embedding). */
const imageSignatures: { offset: number; bytes: number[] }[] = [
  { offset: 0, bytes: [0xff, 0xd8, 0xff] },
  { offset: 0, bytes: [0x89, 0x50, 0x4e, 0x47] },
  { offset: 0, bytes: [0x47, 0x49, 0x46, 0x38] },
  { offset: 8, bytes: [0x57, 0x45, 0x42, 0x50] },
  { offset: 0, bytes: [0x49, 0x49, 0x2a, 0x00] },
  { offset: 0, bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { offset: 4, bytes: [0x66, 0x74, 0x79, 0x70] },
];

/** Files hashed at once when not embedding. */
const hashConcurrency = 8;

/**
 * Hashes photo files (SHA-256 of the bytes, the key of Photo and Embedding rows) and, with an
 * embedder, embeds the ones not yet stored via `embedPhotos`. A file that cannot be read or is not an
 * image gets an error with the code and message of the embedding step; the others go on. Without an
 * embedder only the file's leading bytes are checked, so a corrupt image is caught at embedding time.
 */
export async function identifyPhotos(options: IdentifyPhotosOptions): Promise<IdentifyPhotosResult> {
  const byPath = new Map<string, PhotoIdentity>();
  if (options.embedding) {
    const summary = await embedPhotos({
      ...options.embedding,
      files: options.paths,
      ...(options.onProgress ? { onProgress: (done: number, total: number) => options.onProgress!(done, total) } : {}),
    });
    for (const result of summary.results) {
      byPath.set(
        result.path,
        result.status === 'failed' || !result.sha256
          ? { error: result.error ?? { code: 'PHOTO_FAILED', message: 'The photo could not be embedded.' } }
          : { sha256: result.sha256 },
      );
    }
    return { byPath, embedded: summary.embedded, cached: summary.cached };
  }
  let done = 0;
  for (let start = 0; start < options.paths.length; start += hashConcurrency) {
    const group = options.paths.slice(start, start + hashConcurrency);
    const identities = await Promise.all(group.map(hashPhoto));
    group.forEach((file, index) => {
      byPath.set(file, identities[index]!);
      done += 1;
      options.onProgress?.(done, options.paths.length);
    });
  }
  return { byPath, embedded: 0, cached: 0 };
}

async function hashPhoto(file: string): Promise<PhotoIdentity> {
  let bytes: Buffer;
  try {
    bytes = await readRegularFile(file, maximumPhotoBytes);
  } catch (error) {
    const known = fileReadError(error);
    return { error: { code: known.code, message: known.message } };
  }
  if (bytes.length === 0)
    return {
      error: { code: 'IMAGE_EMPTY', message: 'The file is empty (0 bytes). Re-export or re-upload the photo.' },
    };
  if (
    !imageSignatures.some(({ offset, bytes: signature }) =>
      signature.every((byte, index) => bytes[offset + index] === byte),
    )
  ) {
    return {
      error: {
        code: 'IMAGE_NOT_AN_IMAGE',
        message:
          'The file is not an image Takumi can read (JPEG, PNG, WebP, GIF, TIFF, AVIF/HEIF). Remove it or convert it.',
      },
    };
  }
  return { sha256: createHash('sha256').update(bytes).digest('hex') };
}
