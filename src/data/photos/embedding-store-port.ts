import type { ImageEmbedding } from '../../engine/embedding/image-embedder.ts';
import type { LabelScore } from '../../engine/embedding/top-labels.ts';

/** What photo embedding needs from storage, bound to one model id (see `createEmbeddingStore`). */
export interface EmbeddingStore {
  findEmbeddings(sha256s: readonly string[]): Promise<Map<string, { topLabels: LabelScore[] }>>;
  saveEmbeddings(records: readonly { sha256: string; embedding: ImageEmbedding }[]): Promise<void>;
}
