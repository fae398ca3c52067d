import { defineMessages } from '../core/message-catalog.ts';

/**
 * Everything Takumi itself says in Slack (the answers come from the agent), in both languages. Kept
 * together so the tone stays consistent and tests can match the exact words.
 */
export const slackMessages = defineMessages({
  thinking: { ja: '考え中…', en: 'Working on it…' },
  waiting: {
    ja: '順番待ちです。前の質問が終わりしだい始めます…',
    en: 'Queued: I will start as soon as the previous question is done…',
  },
  done: { ja: '完了', en: 'Done' },
  resuming: {
    ja: 'Takumi が再起動したため、はじめから考え直しています…',
    en: 'Takumi restarted, so I am working on it again from the start…',
  },
  interrupted: { ja: '⚠️ 中断しました', en: '⚠️ Interrupted' },
  askAgain: {
    ja: '申し訳ありません。回答の途中で Takumi が停止したため、この質問には回答できませんでした。お手数ですが、もう一度質問してください。',
    en: 'Sorry, Takumi stopped while answering, so this question was not answered. Please ask it again.',
  },
  askAgainIfIncomplete: {
    ja: '申し訳ありません。回答を投稿している途中で Takumi が停止しました。上の回答が途中で切れている場合は、もう一度質問してください。',
    en: 'Sorry, Takumi stopped while posting the answer. If the answer above looks incomplete, please ask again.',
  },
  failedWithId: {
    ja: (p: { errorId: string }) => `⚠️ うまくいきませんでした（${p.errorId}）`,
    en: (p: { errorId: string }) => `⚠️ Something went wrong (${p.errorId})`,
  },
  listSeparator: { ja: '、', en: ', ' },
  failureHead: {
    ja: (p: { errorId: string }) => `うまくいきませんでした…（エラーID ${p.errorId}）`,
    en: (p: { errorId: string }) => `Sorry, that did not work… (error id ${p.errorId})`,
  },
  failureHint: {
    ja: 'しばらくしてからもう一度お試しください。続くようなら、このエラーIDを管理者に伝えてください。',
    en: 'Please try again in a moment. If it keeps happening, give this error id to your administrator.',
  },
  toolRunning: { ja: (p: { name: string }) => `${p.name}実行中…`, en: (p: { name: string }) => `${p.name} running…` },
  photosInProgress: {
    ja: (p: { done: string; total: string; dataset: string }) =>
      `📷 写真の解析 ${p.done} / ${p.total}（${p.dataset}）：この回答は解析済みの写真だけを使っています。残りは解析が終わりしだい分析に加わります。`,
    en: (p: { done: string; total: string; dataset: string }) =>
      `📷 Photo analysis ${p.done} / ${p.total} (${p.dataset}): this answer uses the photos analysed so far; the rest join the analysis as they finish.`,
  },
  analysisCount: {
    ja: (p: { done: number; total: number }) => `（分析 ${p.done}/${p.total}）`,
    en: (p: { done: number; total: number }) => ` (analysis ${p.done}/${p.total})`,
  },
  failed: { ja: 'うまくいきませんでした', en: 'Something went wrong' },
  offlineMode: { ja: 'オフラインモード（LLMなし）で回答しています。', en: 'Answered in offline mode (no LLM).' },
  toolsUsed: { ja: '使った分析: ', en: 'Analyses used: ' },
  emptyAnswer: {
    ja: '（回答が空でした。質問を言い換えてもう一度お試しください。）',
    en: '(The answer came back empty. Please rephrase the question and try again.)',
  },
  help: {
    ja: '何を調べましょう？ たとえば「セグメントを作って、ROIが高い層を教えて」「その層のキャンペーン案は？」のように聞いてください。スレッドで続けて質問できます。',
    en: 'What should I look into? Try e.g. "Segment our customers and tell me which group has the best ROI" or "Campaign ideas for that group?". Reply in the thread to follow up.',
  },
  channelRefused: {
    ja: '申し訳ありません。このチャンネルでは Takumi を使えない設定になっています。利用したい場合は管理者にご相談ください。',
    en: 'Sorry, Takumi is not enabled for this channel. Please ask your administrator if you would like to use it here.',
  },
  userRefused: {
    ja: '申し訳ありません。Takumi はまだあなたのアカウントで使える設定になっていません。利用したい場合は管理者にご相談ください。',
    en: 'Sorry, Takumi is not enabled for your account yet. Please ask your administrator if you would like to use it.',
  },
  chartsFailed: {
    ja: 'グラフをアップロードできませんでした（アプリに files:write 権限があるか確認してください）。',
    en: 'I could not upload the charts (check that the app has the files:write scope).',
  },
  notInChannel: {
    ja: 'Takumi はこのチャンネルに参加していないため、ここに回答を書けません。`/invite @Takumi` で招待するか、Takumi に DM で質問してください。',
    en: 'Takumi is not a member of this channel, so it cannot answer here. Invite it with `/invite @Takumi`, or ask it in a DM.',
  },
});
