import type { ErrorCode } from '../core/takumi-error.ts';
import type { agentErrorCodes } from '../agent/agent-error.ts';
import type { privacyGuardErrorCodes } from '../agent/privacy-guard.ts';
import type { chartErrorCodes } from '../charts/chart-error.ts';
import type { configErrorCodes } from '../config/load-config.ts';
import type { AbTestFileErrorCode } from '../data/analysis/read-ab-test-results.ts';
import type { DataErrorCode } from '../data/data-errors.ts';
import type { photoFolderErrorCodes } from '../data/photos/list-photo-files.ts';
import type { photoQueueErrorCodes } from '../data/queue/photo-queue.ts';
import type { imageDecodeErrorCodes } from '../engine/embedding/preprocess-image.ts';
import type { EngineErrorCode } from '../engine/engine-errors.ts';
import type { modelConversionErrorCodes } from '../engine/model/convert-keras-to-onnx.ts';
import type { quantizationErrorCodes } from '../engine/model/quantize-onnx-qdq.ts';
import type { segmentationErrorCodes } from '../engine/segments/find-segments.ts';
import type { visualThemeErrorCodes } from '../engine/themes/find-visual-themes.ts';
import type { toolInputErrorCodes } from '../tools/takumi-tool.ts';
import type { slackAppErrorCodes } from './slack-app-error.ts';

/**
 * Every code an error class below the CLI declares: what an answer in Slack (or a command that
 * starts the app) can fail with. Maps keyed by code (Slack's failure hints, the CLI's exit codes)
 * are checked against it, so a misspelt or retired code fails `tsc`.
 */
export type AnswerErrorCode =
  | EngineErrorCode
  | ErrorCode<typeof imageDecodeErrorCodes>
  | ErrorCode<typeof modelConversionErrorCodes>
  | ErrorCode<typeof quantizationErrorCodes>
  | ErrorCode<typeof segmentationErrorCodes>
  | ErrorCode<typeof visualThemeErrorCodes>
  | DataErrorCode
  | AbTestFileErrorCode
  | ErrorCode<typeof photoFolderErrorCodes>
  | ErrorCode<typeof photoQueueErrorCodes>
  | ErrorCode<typeof chartErrorCodes>
  | ErrorCode<typeof configErrorCodes>
  | ErrorCode<typeof toolInputErrorCodes>
  | ErrorCode<typeof agentErrorCodes>
  | ErrorCode<typeof privacyGuardErrorCodes>
  | ErrorCode<typeof slackAppErrorCodes>;
