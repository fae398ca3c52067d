import type { ToolChart } from '../tools/takumi-tool.ts';
import type { MissingField } from './find-missing-fields.ts';
import type { ToolCallRecord } from './tool-call-record.ts';
import { toolLabel } from './tool-labels.ts';
import type { Language } from '../core/language.ts';
import { appendAll } from '../core/append-all.ts';

/** A planned call that was not run because the question did not say enough. */
export interface OfflineClarification {
  toolName: string;
  fields: MissingField[];
}

/** Everything the offline answer is written from. */
export interface OfflineAnswerParts {
  language: Language;
  /** Tool calls in order, their `content` and `presentation` already redacted by the privacy guard. */
  records: readonly ToolCallRecord[];
  /** Tools the plan needed that are not registered. */
  missingTools: readonly string[];
  clarifications: readonly OfflineClarification[];
  availableTools: readonly string[];
  charts: readonly ToolChart[];
  forMeeting: boolean;
  segment: number | null;
  /** Meeting sentences a tool wrote (draft_campaign's `data.meetingPhrasing`), redacted; null if none. */
  meetingPhrasing: readonly string[] | null;
  /** Set when the planner picked the segment itself (none was named): the answer says so. */
  chosenSegment: number | null;
  /** True when no intent was recognised. */
  understood: boolean;
}

const notice = {
  ja: '（LLMなしのオフラインモードで回答しています）',
  en: '(Answering in offline mode, without an LLM.)',
};

/**
 * The offline answer: a first line saying no LLM is used, then each tool's result under its label,
 * missing tools named plainly, charts mentioned, and for meetings 3–5 sentences an executive can say.
 * Only tool texts carry figures; the template adds none.
 */
export function composeOfflineAnswer(parts: OfflineAnswerParts): string {
  const { language } = parts;
  const ja = language === 'ja';
  const lines: string[] = [notice[language]];
  if (!parts.understood) {
    lines.push(
      ja
        ? '質問の意図を読み取れませんでした。たとえば「顧客層に分けて」「セグメント2の特徴は？」「ROIが出る顧客層は？」「離反しそうな層の予測」「その層のキャンペーン案は？」「会議で使える言い方は？」「データセットの一覧」のように聞いてください。'
        : 'I could not tell what you are asking. Try e.g. "segment our customers", "describe segment 2", "which segment gives the best ROI?", "predict churn", "campaign ideas for that segment", "what should I say in the meeting?" or "list datasets".',
    );
    return lines.join('\n');
  }
  if (parts.chosenSegment !== null) {
    lines.push(
      '',
      ja
        ? `（対象セグメントの指定がなかったため、直前の結果で最初に挙がった S${parts.chosenSegment} を対象にしました。別の層なら「セグメント2のキャンペーン案」のように指定してください。）`
        : `(No segment was named, so I used S${parts.chosenSegment}, the first one in the previous result. Name another, e.g. "campaign for segment 2".)`,
    );
  }
  for (const record of parts.records) {
    const { label } = toolLabel(record.name, language);
    lines.push('', ja ? `【${label}】` : `*${label}*`, record.presentation ?? record.content);
  }
  for (const name of parts.missingTools) {
    lines.push(
      '',
      ja
        ? `この質問には ${name} ツールが必要ですが、このTakumiには登録されていません（使えるツール: ${parts.availableTools.join(', ') || 'なし'}）。`
        : `This question needs the ${name} tool, which is not registered in this Takumi (available tools: ${parts.availableTools.join(', ') || 'none'}).`,
    );
  }
  for (const { toolName, fields } of parts.clarifications) {
    const list = fields
      .map((field) => (field.description ? `${field.name}（${field.description}）` : field.name))
      .join(ja ? '、' : '; ');
    lines.push(
      '',
      ja
        ? `${toolLabel(toolName, language).label}には次の指定が必要です: ${list}。質問に含めてもう一度聞いてください。`
        : `${toolLabel(toolName, language).label} needs: ${list.replaceAll('（', ' (').replaceAll('）', ')')}. Please ask again including it.`,
    );
  }
  if (parts.charts.length > 0) {
    const titles = parts.charts.map((chart) => chart.title).join(ja ? '、' : ', ');
    lines.push(
      '',
      ja
        ? `グラフを${parts.charts.length}点添付しました（${titles}）。`
        : `${parts.charts.length} chart(s) attached (${titles}).`,
    );
  }
  const meeting = parts.forMeeting ? meetingSentences(parts) : [];
  if (meeting.length > 0) appendAll(lines, ['', ...meeting]);
  return lines.join('\n');
}

function meetingSentences(parts: OfflineAnswerParts): string[] {
  const ja = parts.language === 'ja';
  const heading = ja ? '会議でそのまま使える言い方:' : 'What you can say in the meeting:';
  // draft_campaign writes its own meeting phrasing from the numbers; prefer it to the template, and
  // do not repeat it when the tool's text above already lists it.
  const fromTool = parts.meetingPhrasing;
  if (fromTool) {
    const shown = fromTool.every((sentence) => parts.records.some((record) => record.content.includes(sentence)));
    return shown ? [] : [heading, ...fromTool.map((sentence) => `- ${sentence}`)];
  }
  const finding = parts.records
    .filter((record) => record.ok)
    .map((record) => firstSentence(record.content))
    .find(Boolean);
  const target =
    parts.segment === null
      ? ja
        ? 'この層'
        : 'this segment'
      : ja
        ? `セグメント${parts.segment}`
        : `segment ${parts.segment}`;
  const sentences = ja
    ? [
        finding ? `「Takumiの分析では、${finding}」` : undefined,
        `「まずは小さなPoCで、${target}に絞った施策の反応を確かめます。」`,
        '「効果は対照群と比べて測り、数字で確認できてから対象を広げます。」',
        '「分析は集計値だけで行い、個人を特定できる情報は外部に出していません。」',
      ]
    : [
        finding ? `"Takumi's analysis shows: ${finding}"` : undefined,
        `"Let's start with a small PoC on ${target} and see how it responds."`,
        '"We will measure it against a control group and scale up only once the numbers confirm it."',
        '"The analysis uses aggregates only; no personal data leaves our systems."',
      ];
  return [heading, ...sentences.filter((sentence): sentence is string => sentence !== undefined)];
}

function firstSentence(text: string): string {
  const line = text.trim().split('\n')[0] ?? '';
  const match = /^.*?[。.!?！？](?=\s|$)/u.exec(line);
  return (match?.[0] ?? line).trim();
}
