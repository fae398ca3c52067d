import { defineMessages } from '../core/message-catalog.ts';

/** What Takumi says in Slack about an audience export (the confirm buttons and what follows a click). */
export const exportUploadMessages = defineMessages({
  everyone: { ja: '全顧客', en: 'all customers' },
  offer: {
    ja: (p: { audience: string; rows: string }) =>
      `📄 ${p.audience}の${p.rows}分のCSVをこのスレッドにアップロードしますか？ アップロードすると、このチャンネルのメンバー全員がダウンロードできます。`,
    en: (p: { audience: string; rows: string }) =>
      `📄 Upload the CSV of ${p.rows} (${p.audience}) to this thread? Once uploaded, everyone in this channel can download it.`,
  },
  extraColumns: {
    ja: (p: { columns: string }) => `顧客ファイルの列 ${p.columns} を含みます。`,
    en: (p: { columns: string }) => `It includes the customer-file columns ${p.columns}.`,
  },
  columnSeparator: { ja: '・', en: ', ' },
  offerNote: {
    ja: (p: { asker: string; hours: number }) =>
      `ボタンを押せるのは書き出しを頼んだ ${p.asker} さん（と管理者が利用を許可した方）だけです。${p.hours}時間有効です。`,
    en: (p: { asker: string; hours: number }) =>
      `Only ${p.asker}, who asked for it (and people your administrator allowed), can press the button. It works for ${p.hours} hours.`,
  },
  uploadButton: { ja: 'CSVをアップロード', en: 'Upload CSV' },
  cancelButton: { ja: 'キャンセル', en: 'Cancel' },
  uploaded: {
    ja: (p: { user: string; audience: string; rows: string }) =>
      `✅ ${p.user} さんが${p.audience}の${p.rows}分のCSVをこのスレッドにアップロードしました。`,
    en: (p: { user: string; audience: string; rows: string }) =>
      `✅ ${p.user} uploaded the CSV of ${p.rows} (${p.audience}) to this thread.`,
  },
  cancelled: {
    ja: (p: { user: string }) => `${p.user} さんがキャンセルしました。CSVはアップロードされていません。`,
    en: (p: { user: string }) => `${p.user} cancelled it. The CSV was not uploaded.`,
  },
  expired: {
    ja: 'この書き出しは有効期限が切れたため、アップロードしませんでした。必要なら、もう一度「CSVで書き出して」と聞いてください。',
    en: 'This export has expired, so it was not uploaded. Ask "export it as CSV" again if you still need it.',
  },
  missing: {
    ja: '書き出したファイルが見つからないか、書き出した後に変更されているため、アップロードしませんでした。もう一度「CSVで書き出して」と聞いてください。',
    en: 'The exported file is gone or was changed after it was written, so it was not uploaded. Ask "export it as CSV" again.',
  },
  unknown: {
    ja: 'この書き出しの記録が見つかりません。もう一度「CSVで書き出して」と聞いてください。',
    en: 'I have no record of this export. Ask "export it as CSV" again.',
  },
  onlyAsker: {
    ja: (p: { asker: string }) =>
      `このCSVをアップロード（またはキャンセル）できるのは、書き出しを頼んだ ${p.asker} さんだけです。必要なら ${p.asker} さんに頼むか、ご自身で「CSVで書き出して」と聞いてください。`,
    en: (p: { asker: string }) =>
      `Only ${p.asker}, who asked for this export, can upload (or cancel) it. Ask them, or ask Takumi for your own export.`,
  },
  alreadyUploaded: {
    ja: (p: { user: string }) => `このCSVはすでに ${p.user} さんがアップロードしました。`,
    en: (p: { user: string }) => `${p.user} already uploaded this CSV.`,
  },
  inProgress: {
    ja: 'このCSVはアップロード中か、すでに処理済みです。',
    en: 'This CSV is being uploaded or was already dealt with.',
  },
  alreadyCancelled: {
    ja: 'この書き出しはキャンセルされています。必要なら、もう一度「CSVで書き出して」と聞いてください。',
    en: 'This export was cancelled. Ask "export it as CSV" again if you need it.',
  },
  uploadFailed: {
    ja: 'CSVをアップロードできませんでした（アプリに files:write 権限があるか確認してください）。もう一度ボタンを押せます。',
    en: 'I could not upload the CSV (check that the app has the files:write scope). You can press the button again.',
  },
  offerFailed: {
    ja: 'CSVのアップロード確認ボタンを出せませんでした。もう一度「CSVで書き出して」と聞いてください。',
    en: 'I could not post the button to upload the CSV. Ask "export it as CSV" again.',
  },
  fileTitle: {
    ja: (p: { audience: string; rows: string }) => `${p.audience}の顧客リスト（${p.rows}）`,
    en: (p: { audience: string; rows: string }) => `Customer list: ${p.audience} (${p.rows})`,
  },
});
