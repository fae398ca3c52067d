import { type ErrorCode, TakumiError } from '../core/takumi-error.ts';
import { fileReadErrorCodes } from '../engine/engine-errors.ts';

/**
 * The data layer's error classes, each with its const list of codes (a throw site with a code its
 * class does not list fails `tsc`). Every message names the file, dataset or migration and the fix.
 */

/** Codes of {@link DatabaseError}. */
export const databaseErrorCodes = [
  'DATABASE_AUTH_FAILED',
  'DATABASE_BUSY',
  'DATABASE_MIGRATIONS_MISSING',
  'DATABASE_MIGRATIONS_PROVIDER',
  'DATABASE_MIGRATION_CHECKSUM_MISMATCH',
  'DATABASE_MIGRATION_FAILED',
  'DATABASE_MIGRATION_SCRIPT_MISSING',
  'DATABASE_MIGRATION_UNFINISHED',
  'DATABASE_NEWER_THAN_CODE',
  'DATABASE_NOT_EMPTY',
  'DATABASE_NOT_FOUND',
  'DATABASE_NOT_SQLITE',
  'DATABASE_NOT_SQLITE_URL',
  'DATABASE_NOT_WRITABLE',
  'DATABASE_OPEN_FAILED',
  'DATABASE_UNREACHABLE',
  'DATABASE_URL_RELATIVE',
  'DATABASE_URL_UNSUPPORTED',
] as const;
/** Raised when the database cannot be opened or migrated. */
export class DatabaseError extends TakumiError<ErrorCode<typeof databaseErrorCodes>> {}

/** Codes of {@link IngestError}; a file that cannot be read keeps its {@link fileReadErrorCodes} code. */
export const ingestErrorCodes = [
  ...fileReadErrorCodes,
  'CSV_DUPLICATE_COLUMN',
  'CSV_EMPTY',
  'CSV_INCONSISTENT',
  'CSV_LINE_TOO_LONG',
  'CSV_MALFORMED',
  'CSV_MISSING_COLUMN',
  'CSV_NOT_TEXT',
  'CSV_NOT_UTF8',
  'CSV_NO_ROWS',
  'CSV_QUOTE_NOT_CLOSED',
  'CURRENCY_UNKNOWN',
  'CUSTOMER_ATTRIBUTES_CORRUPT',
  'DATASET_HAS_NO_CUSTOMERS',
  'DATASET_NAME_INVALID',
  'DATASET_NOT_FOUND',
  'FILE_IS_FOLDER',
  'GROSS_MARGIN_INVALID',
  'IMPORT_BUSY',
  'NOTHING_TO_IMPORT',
  'PHOTOS_EMPTY',
  'PHOTOS_NOT_FOUND',
  'PHOTOS_ROOT_NOT_FOUND',
  'TRANSACTIONS_FILE_CHANGED',
] as const;
/**
 * Raised for a problem with a whole input (a file that is missing, not CSV, lacks a required column,
 * a photos folder that cannot be read) or an unknown dataset. `details.file` names the input.
 * Problems with single rows are reported as row issues instead.
 */
export class IngestError extends TakumiError<ErrorCode<typeof ingestErrorCodes>> {}

/** Codes of {@link ModelSetupError}. */
export const modelSetupErrorCodes = [
  'MODEL_SETUP_FAILED',
  'MODEL_LABELS_INVALID',
  'MODEL_CALIBRATION_INVALID',
  'MODEL_PRECISION_UNAVAILABLE',
] as const;
/** The codes a {@link ModelSetupError} carries. */
export type ModelSetupErrorCode = ErrorCode<typeof modelSetupErrorCodes>;
/** Raised when the weights cannot be fetched or converted; the message says what to try. */
export class ModelSetupError extends TakumiError<ModelSetupErrorCode> {}

/** Codes of {@link EmbeddingStoreError}. */
export const embeddingStoreErrorCodes = [
  'EMBEDDING_INVALID',
  'EMBEDDING_LABELS_CORRUPT',
  'EMBEDDING_VECTOR_CORRUPT',
] as const;
/** Raised when an embedding cannot be stored or read back; the message names the file hash. */
export class EmbeddingStoreError extends TakumiError<ErrorCode<typeof embeddingStoreErrorCodes>> {}

/** Codes of {@link AnalysisError}. */
export const analysisErrorCodes = [
  'ANALYSIS_NO_CUSTOMERS',
  'OUTLOOK_NO_MODEL',
  'PREDICTION_TARGET_UNKNOWN',
  'SEGMENTATION_NOT_FOUND',
] as const;
/** Raised when a stored analysis cannot be run or loaded as asked (nothing to analyse, no such run). */
export class AnalysisError extends TakumiError<ErrorCode<typeof analysisErrorCodes>> {}

/** Every code the data layer's error classes in this module carry. */
export type DataErrorCode =
  | ErrorCode<typeof databaseErrorCodes>
  | ErrorCode<typeof ingestErrorCodes>
  | ModelSetupErrorCode
  | ErrorCode<typeof embeddingStoreErrorCodes>
  | ErrorCode<typeof analysisErrorCodes>;
