/**
 * Options of the interactive transactions that write one import stage. A stage of a large file
 * (hundreds of thousands of rows) takes far longer than Prisma's 5 s default, and must not be cut off
 * half-way: the point of the transaction is that a stage is stored whole or not at all.
 */
export const writeTransactionOptions = { maxWait: 60_000, timeout: 30 * 60_000 } as const;
