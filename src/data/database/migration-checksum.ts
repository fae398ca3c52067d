import { createHash } from 'node:crypto';

/**
 * Prisma's checksum of a migration script: lowercase hex SHA-256 of its UTF-8 bytes, as stored in
 * `_prisma_migrations.checksum` (prisma-engines `schema-connector/src/checksum.rs`).
 */
export function migrationChecksum(script: string): string {
  return createHash('sha256').update(script, 'utf8').digest('hex');
}

/**
 * Whether `script` matches a recorded checksum, with Prisma's tolerances: the script may have
 * been checked out with LF or CRLF line endings (git autocrlf), and very old Prisma versions
 * wrote hex bytes without zero padding.
 */
export function matchesMigrationChecksum(script: string, checksum: string): boolean {
  const variants = [script, script.replaceAll('\r\n', '\n'), script.replaceAll('\n', '\r\n')];
  return variants.some((variant) => {
    const digest = createHash('sha256').update(variant, 'utf8').digest();
    const rendered =
      checksum.length !== 0 && checksum.length !== 64
        ? Array.from(digest, (byte) => byte.toString(16)).join('')
        : digest.toString('hex');
    return rendered === checksum;
  });
}
