import { defineMessages } from '../core/message-catalog.ts';

/** The offline planner's own words around the tools' results. */
export const offlineAnswerMessages = defineMessages({
  notice: {
    ja: '（LLMなしのオフラインモードで回答しています）',
    en: '(Answering in offline mode, without an LLM.)',
  },
  notUnderstood: {
    ja: '質問の意図を読み取れませんでした。たとえば「顧客層に分けて」「セグメント2の特徴は？」「ROIが出る顧客層は？」「離反しそうな層の予測」「その層のキャンペーン案は？」「会議で使える言い方は？」「データセットの一覧」のように聞いてください。',
    en: 'I could not tell what you are asking. Try e.g. "segment our customers", "describe segment 2", "which segment gives the best ROI?", "predict churn", "campaign ideas for that segment", "what should I say in the meeting?" or "list datasets".',
  },
  chosenSegment: {
    ja: (p: { segment: number }) =>
      `（対象セグメントの指定がなかったため、直前の結果で最初に挙がった S${p.segment} を対象にしました。別の層なら「セグメント2のキャンペーン案」のように指定してください。）`,
    en: (p: { segment: number }) =>
      `(No segment was named, so I used S${p.segment}, the first one in the previous result. Name another, e.g. "campaign for segment 2".)`,
  },
  heading: { ja: (p: { label: string }) => `【${p.label}】`, en: (p: { label: string }) => `*${p.label}*` },
  missingTool: {
    ja: (p: { name: string; tools: string }) =>
      `この質問には ${p.name} ツールが必要ですが、このTakumiには登録されていません（使えるツール: ${p.tools || 'なし'}）。`,
    en: (p: { name: string; tools: string }) =>
      `This question needs the ${p.name} tool, which is not registered in this Takumi (available tools: ${p.tools || 'none'}).`,
  },
  fieldSeparator: { ja: '、', en: '; ' },
  needsFields: {
    ja: (p: { label: string; list: string }) =>
      `${p.label}には次の指定が必要です: ${p.list}。質問に含めてもう一度聞いてください。`,
    en: (p: { label: string; list: string }) =>
      `${p.label} needs: ${p.list.replaceAll('（', ' (').replaceAll('）', ')')}. Please ask again including it.`,
  },
  // Each chart travels with its own title (the Slack file's title, the CLI's 📊 line): naming them here too said it twice.
  charts: {
    ja: (p: { count: number }) => `グラフを${p.count}点添付しました。`,
    en: (p: { count: number }) => (p.count === 1 ? 'One chart attached.' : `${p.count} charts attached.`),
  },
  meetingHeading: { ja: '会議でそのまま使える言い方:', en: 'What you can say in the meeting:' },
  thisSegment: { ja: 'この層', en: 'this segment' },
  segmentNumber: {
    ja: (p: { segment: number }) => `セグメント${p.segment}`,
    en: (p: { segment: number }) => `segment ${p.segment}`,
  },
  meetingFinding: {
    ja: (p: { finding: string }) => `「Takumiの分析では、${p.finding}」`,
    en: (p: { finding: string }) => `"Takumi's analysis shows: ${p.finding}"`,
  },
  meetingPoc: {
    ja: (p: { target: string }) => `「まずは小さなPoCで、${p.target}に絞った施策の反応を確かめます。」`,
    en: (p: { target: string }) => `"Let's start with a small PoC on ${p.target} and see how it responds."`,
  },
  meetingControl: {
    ja: '「効果は対照群と比べて測り、数字で確認できてから対象を広げます。」',
    en: '"We will measure it against a control group and scale up only once the numbers confirm it."',
  },
  meetingPrivacy: {
    ja: '「分析は集計値だけで行い、個人を特定できる情報は外部に出していません。」',
    en: '"The analysis uses aggregates only; no personal data leaves our systems."',
  },
});
