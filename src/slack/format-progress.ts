import type { AgentProgress } from '../agent/agent-progress.ts';
import { toolLabel } from '../agent/tool-labels.ts';
import type { Language } from '../core/language.ts';
import { translate } from '../core/message-catalog.ts';
import { slackMessages } from './slack-messages.ts';

/**
 * The line the progress message shows for an agent event: the event's label (ready to show, in the
 * conversation language, e.g. 「セグメンテーション実行中…（写真テーマ）」) with the step count, or with
 * the analysis count for tool starts and finishes. A step label that is still internal
 * ("run_segmentation: segments") is replaced by the tool's name: 「セグメンテーション実行中… 2/4」.
 */
export function formatProgress(progress: AgentProgress, language: Language): string {
  if (progress.phase === 'step') {
    const internal = progress.label.trim() === '' || /^[a-z_]+:/.test(progress.label);
    const name = toolLabel(progress.toolName, language).label;
    const label = internal ? translate(slackMessages.toolRunning, language, { name }) : progress.label;
    const count = progress.total > 0 ? ` ${Math.min(progress.done, progress.total)}/${progress.total}` : '';
    return `⏳ ${label}${count}`;
  }
  const calls =
    progress.total > 1
      ? translate(slackMessages.analysisCount, language, { done: progress.done, total: progress.total })
      : '';
  return `⏳ ${progress.label}${calls}`;
}
