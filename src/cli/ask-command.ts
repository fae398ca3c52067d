import { parseArgs } from 'node:util';
import { answerQuestion } from '../agent/answer-question.ts';
import { allTools } from '../tools/all-tools.ts';
import type { CommandIo } from './command-io.ts';
import { createRuntime } from '../agent/create-runtime.ts';

const help = `Usage: takumi ask "<question>" [--dataset NAME] [--json]

Answers one question about your data in its language (Japanese or English), writes charts as PNG
files and prints their paths. Uses the language model when OPENAI_API_KEY is set (OPENAI_BASE_URL and
TAKUMI_MODEL optional), else the offline planner. With an empty database the built-in demo is loaded.`;

/** `takumi ask "<question>"`: one question, one answer. */
export async function runAskCommand(argv: string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      dataset: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.out(help);
    return 0;
  }
  const question = positionals.join(' ').trim();
  if (!question) {
    io.error(`Ask a question.\n\n${help}`);
    return 2;
  }
  const runtime = await createRuntime({ onStatus: (message) => io.error(message) });
  try {
    const result = await answerQuestion({
      question,
      tools: allTools,
      prisma: runtime.database.prisma,
      config: runtime.config,
      logger: runtime.logger,
      defaultDataset: values.dataset ?? runtime.defaultDataset,
      chartFonts: runtime.chartFonts,
      sensitiveValues: runtime.sensitiveValues,
      ...(values.json ? {} : { onProgress: (progress) => io.error(`… ${progress.label}`) }),
    });
    const charts = result.charts.map((chart) => chart.path);
    if (values.json) {
      io.out(JSON.stringify({ answer: result.answer, mode: result.mode, toolCalls: result.toolCalls, charts }));
    } else {
      io.out(result.answer);
      if (result.charts.length > 0)
        io.out(`\n${result.charts.map((chart) => `📊 ${chart.title}: ${chart.path}`).join('\n')}`);
    }
    return 0;
  } finally {
    await runtime.close();
  }
}
