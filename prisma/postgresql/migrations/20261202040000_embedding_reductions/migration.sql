-- CreateTable
CREATE TABLE "EmbeddingReducer" (
    "id" TEXT NOT NULL,
    "modelId" TEXT NOT NULL,
    "columns" INTEGER NOT NULL,
    "components" INTEGER NOT NULL,
    "sampleSize" INTEGER NOT NULL,
    "fittedOn" INTEGER NOT NULL,
    "seed" INTEGER NOT NULL,
    "mean" BYTEA NOT NULL,
    "axes" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EmbeddingReducer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmbeddingReduction" (
    "embeddingId" INTEGER NOT NULL,
    "reducerId" TEXT NOT NULL,
    "vector" BYTEA NOT NULL,

    CONSTRAINT "EmbeddingReduction_pkey" PRIMARY KEY ("reducerId","embeddingId")
);

-- CreateIndex
CREATE INDEX "EmbeddingReducer_modelId_idx" ON "EmbeddingReducer"("modelId");

-- CreateIndex
CREATE INDEX "Embedding_modelId_id_idx" ON "Embedding"("modelId", "id");

-- AddForeignKey
ALTER TABLE "EmbeddingReduction" ADD CONSTRAINT "EmbeddingReduction_embeddingId_fkey" FOREIGN KEY ("embeddingId") REFERENCES "Embedding"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmbeddingReduction" ADD CONSTRAINT "EmbeddingReduction_reducerId_fkey" FOREIGN KEY ("reducerId") REFERENCES "EmbeddingReducer"("id") ON DELETE CASCADE ON UPDATE CASCADE;
