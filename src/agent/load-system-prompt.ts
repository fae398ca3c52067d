import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config/load-config.ts';
import type { Language } from '../core/language.ts';
import { translate } from '../core/message-catalog.ts';
import { agentMessages } from './agent-messages.ts';
import { quoteData } from '../core/quote-data.ts';

/** Options of {@link loadSystemPrompt}. */
export interface LoadSystemPromptOptions {
  language: Language;
  minimumGroupSize: number;
  defaultDataset: string | null;
  /** Folder with `system.ja.md` and `system.en.md`; the package's `prompts/` by default. */
  promptDirectory?: string;
}

export const defaultPromptDirectory = path.join(projectRoot, 'prompts');

const templates = new Map<string, string>();

/**
 * The system prompt in the asker's language, with `{{minimumGroupSize}}` and `{{datasetLine}}`
 * filled in. Files are read once per process: prompts are part of the release, not user data.
 */
export function loadSystemPrompt(options: LoadSystemPromptOptions): string {
  const file = path.join(options.promptDirectory ?? defaultPromptDirectory, `system.${options.language}.md`);
  let template = templates.get(file);
  if (template === undefined) {
    template = readFileSync(file, 'utf8');
    templates.set(file, template);
  }
  const datasetLine = options.defaultDataset
    ? translate(agentMessages.datasetLine, options.language, { dataset: quoteData(options.defaultDataset) })
    : '';
  return template
    .replaceAll('{{minimumGroupSize}}', String(options.minimumGroupSize))
    .replaceAll('{{datasetLine}}', datasetLine)
    .trimEnd();
}
