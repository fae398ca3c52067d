import type { Language } from '../../core/language.ts';
import { translate } from '../../core/message-catalog.ts';
import { sharedMessages } from './shared-messages.ts';

const stepMessages = {
  loading: sharedMessages.stepLoading,
  themes: sharedMessages.stepThemes,
  features: sharedMessages.stepFeatures,
  segments: sharedMessages.stepSegments,
  done: sharedMessages.stepDone,
} as const;

/** Progress text of a segmentation step for chat users, e.g. 「セグメンテーション実行中…（写真テーマ）」. */
export function segmentationStepLabel(step: string, language: Language): string {
  const message = stepMessages[step as keyof typeof stepMessages];
  return translate(sharedMessages.segmentationRunning, language, {
    step: message ? translate(message, language) : step,
  });
}
