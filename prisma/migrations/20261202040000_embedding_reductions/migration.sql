-- CreateTable
CREATE TABLE "EmbeddingReducer" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "modelId" TEXT NOT NULL,
    "columns" INTEGER NOT NULL,
    "components" INTEGER NOT NULL,
    "sampleSize" INTEGER NOT NULL,
    "fittedOn" INTEGER NOT NULL,
    "seed" INTEGER NOT NULL,
    "mean" BLOB NOT NULL,
    "axes" BLOB NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "EmbeddingReduction" (
    "embeddingId" INTEGER NOT NULL,
    "reducerId" TEXT NOT NULL,
    "vector" BLOB NOT NULL,

    PRIMARY KEY ("reducerId", "embeddingId"),
    CONSTRAINT "EmbeddingReduction_embeddingId_fkey" FOREIGN KEY ("embeddingId") REFERENCES "Embedding" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EmbeddingReduction_reducerId_fkey" FOREIGN KEY ("reducerId") REFERENCES "EmbeddingReducer" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "EmbeddingReducer_modelId_idx" ON "EmbeddingReducer"("modelId");

-- CreateIndex
CREATE INDEX "Embedding_modelId_id_idx" ON "Embedding"("modelId", "id");
