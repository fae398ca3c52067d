import { defineTool } from '../takumi-tool.ts';
import { summarizeThemeValue } from './model-summary.ts';
import { presentThemeValue } from './present.ts';
import { runThemeValue } from './run.ts';
import { themeValueSchema } from './schema.ts';

export type { ThemeValueData } from './result.ts';
export type { ThemeValueInput } from './schema.ts';

/** Which photo themes over-index among high-CLV, high-spend or responding customers. */
export const themeValueTool = defineTool({
  name: 'compare_theme_value',
  description:
    'Which photo themes valuable customers post more (or less) than other photo posters: valuable = top customers by 12-month CLV or total spend, or 1 in a 0/1 column such as responded. Gives lift, customer counts, a 90% interval and the strength of evidence per theme, and a chart.',
  schema: themeValueSchema,
  run: runThemeValue,
  summarize: summarizeThemeValue,
  present: presentThemeValue,
});
