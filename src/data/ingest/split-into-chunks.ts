/** Splits `items` into consecutive slices of at most `size` (keeps SQL statements under SQLite's bind limit). */
export function splitIntoChunks<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}
