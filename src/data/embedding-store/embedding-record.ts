import type { LabelScore } from '../../engine/embedding/top-labels.ts';

/** One of the classifier's top predictions for an image (class index, name, probability). */
export type TopLabel = LabelScore;

/** What the embedding step produces for one image file. */
export interface EmbeddingRecord {
  /** Lowercase hex SHA-256 of the image file bytes. */
  sha256: string;
  vector: Float32Array;
  /** Best first, usually 5. */
  topLabels: TopLabel[];
  width: number;
  height: number;
}

/** An {@link EmbeddingRecord} as read back from the database. */
export interface StoredEmbedding extends EmbeddingRecord {
  modelId: string;
  createdAt: Date;
}
