import { defineMessages } from '../../core/message-catalog.ts';

/** draft_campaign's texts around the draft (the draft's own words are in campaign-wording.ts). */
export const campaignMessages = defineMessages({
  goalAndChannel: {
    ja: (p: { goal: string; channel: string }) => `目的: ${p.goal} · チャネル: ${p.channel}`,
    en: (p: { goal: string; channel: string }) => `Goal: ${p.goal} · Channel: ${p.channel}`,
  },
  roiHint: {
    ja: (p: { rate: string; roi: string; payback: boolean }) =>
      `試算では反応率${p.rate}の場合、ROIは${p.roi}程度です（前提つきの目安）${p.payback ? '。' : 'が、今の前提では回収できないため、より安いオファーから試します。'}`,
    en: (p: { rate: string; roi: string; payback: boolean }) =>
      `At a ${p.rate} response rate the rough ROI is ${p.roi} (an estimate with stated assumptions)${p.payback ? '.' : '; on these assumptions it does not pay back, so we start with a cheaper offer.'}`,
  },
  roiUnknown: {
    ja: '費用対効果は、テスト結果の数字で判断します。',
    en: 'We will judge the return on the test numbers.',
  },
  meetingHeading: { ja: '会議用フレーズ:', en: 'Meeting-ready phrasing:' },
  presentMeetingHeading: { ja: '会議でそのまま使える言い方:', en: 'Meeting-ready phrasing:' },
  quoted: { ja: (p: { line: string }) => `「${p.line}」`, en: (p: { line: string }) => `"${p.line}"` },
});
