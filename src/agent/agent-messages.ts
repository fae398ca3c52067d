import { defineMessages } from '../core/message-catalog.ts';
import { groupDigits } from '../core/format/format-count.ts';

/** What the agent itself says about tool calls (to the model and, offline, to the person). */
export const agentMessages = defineMessages({
  unknownTool: {
    ja: (p: { name: string; tools: string }) => `ツール ${p.name} はありません。使えるツール: ${p.tools}。`,
    en: (p: { name: string; tools: string }) => `There is no tool named ${p.name}. Available tools: ${p.tools}.`,
  },
  unreadableArguments: {
    ja: (p: { name: string; fields: string }) =>
      `${p.name} の引数が JSON として読めませんでした。1つの JSON オブジェクトで送り直してください${p.fields ? `（項目: ${p.fields}）` : ''}。`,
    en: (p: { name: string; fields: string }) =>
      `The arguments for ${p.name} were not valid JSON. Send them again as one JSON object${p.fields ? ` (fields: ${p.fields})` : ''}.`,
  },
  rejectedArguments: {
    ja: (p: { name: string; message: string }) => `${p.name} はこの引数では実行できません: ${p.message}`,
    en: (p: { name: string; message: string }) => `${p.name} cannot run with these arguments: ${p.message}`,
  },
  toolError: {
    ja: (p: { label: string; errorId: string; code: string; message: string }) =>
      `${p.label}を実行できませんでした（エラーID ${p.errorId}, code ${p.code}）: ${p.message}`,
    en: (p: { label: string; errorId: string; code: string; message: string }) =>
      `${p.label} could not run (error id ${p.errorId}, code ${p.code}): ${p.message}`,
  },
  toolFailed: {
    ja: (p: { label: string; errorId: string; hint: string }) =>
      `${p.label}がTakumiの内部で失敗しました（エラーID ${p.errorId}）。${p.hint}。`,
    en: (p: { label: string; errorId: string; hint: string }) =>
      `${p.label} failed inside Takumi (error id ${p.errorId}); ${p.hint}.`,
  },
  withheld: {
    ja: (p: { label: string; minimum: number; names: string }) =>
      `${p.label}の結果は表示できません: ${groupDigits(p.minimum)}人未満の小さなグループ${p.names ? `（${p.names}）` : ''}を説明することになるため、プライバシー保護のため控えます。セグメント数を減らすか、より大きな対象で聞き直してください。`,
    en: (p: { label: string; minimum: number; names: string }) =>
      `${p.label} result was withheld: it would describe a group of fewer than ${groupDigits(p.minimum)} customers${p.names ? ` (${p.names})` : ''}, which Takumi does not do to protect the people in it. Ask for fewer, larger segments or a broader group.`,
  },
  differencing: {
    ja: (p: { label: string; minimum: number; difference: number }) =>
      `${p.label}の結果は表示できません: 以前お答えした顧客グループと${groupDigits(p.difference)}人しか違わず（最小人数${groupDigits(p.minimum)}人未満）、2つの答えを比べるとその方々の購入額などが分かってしまうため、プライバシー保護のため控えます。顧客が${groupDigits(p.minimum)}人以上増える（または減る）と、またお答えできます。それまでは、より大きな対象や別の切り口で聞いてください。`,
    en: (p: { label: string; minimum: number; difference: number }) =>
      `${p.label} result was withheld: its group of customers differs from one already described by only ${groupDigits(p.difference)} customer(s) (fewer than ${p.minimum}), so comparing the two answers would reveal those customers' spend and other figures. Takumi answers it again once at least ${groupDigits(p.minimum)} customers have been added or removed; until then, ask about a broader group or another breakdown.`,
  },
  running: { ja: '実行中…', en: ' running…' },
  finished: { ja: '完了', en: ' done' },
  unknownToolLabel: {
    ja: (p: { name: string }) => `ツール ${p.name}`,
    en: (p: { name: string }) => `The tool ${p.name}`,
  },
  tryAgain: { ja: 'もう一度試してください', en: 'try again' },
  invalidArguments: {
    ja: (p: { name: string }) =>
      `${p.name} の引数が正しくありません。次の項目を直して、もう一度 ${p.name} を呼んでください:`,
    en: (p: { name: string }) => `Invalid arguments for ${p.name}. Fix these fields and call ${p.name} again:`,
  },
  datasetLine: {
    ja: (p: { dataset: string }) =>
      `\n## データ\n- データセットが指定されていない質問は、データセット ${p.dataset} についての質問です。`,
    en: (p: { dataset: string }) => `\n## Data\n- Questions that name no dataset are about the dataset ${p.dataset}.`,
  },
});
