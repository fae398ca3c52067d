import type { Language } from '../../core/language.ts';
import { defineMessages, type Message, translate } from '../../core/message-catalog.ts';

type Words = { subject: Message; past: Message };

/** Common 0/1 columns in words: what is predicted, and what a 1 means, so no raw "= 1" reaches a reader. */
const known: Readonly<Record<string, Words>> = {
  responded: defineMessages({
    subject: { ja: '反応するかどうか', en: 'who responds' },
    past: { ja: '反応した', en: 'responded' },
  }),
  purchased: defineMessages({
    subject: { ja: '購入するかどうか', en: 'who buys' },
    past: { ja: '購入した', en: 'bought' },
  }),
  converted: defineMessages({
    subject: { ja: '成約するかどうか', en: 'who converts' },
    past: { ja: '成約した', en: 'converted' },
  }),
  churned: defineMessages({
    subject: { ja: '解約するかどうか', en: 'who churns' },
    past: { ja: '解約した', en: 'churned' },
  }),
  clicked: defineMessages({
    subject: { ja: 'クリックするかどうか', en: 'who clicks' },
    past: { ja: 'クリックした', en: 'clicked' },
  }),
  opened: defineMessages({
    subject: { ja: '開封するかどうか', en: 'who opens' },
    past: { ja: '開封した', en: 'opened' },
  }),
};
const aliases: Readonly<Record<string, string>> = {
  response: 'responded',
  purchase: 'purchased',
  bought: 'purchased',
  conversion: 'converted',
  churn: 'churned',
  click: 'clicked',
  open: 'opened',
};

const other = defineMessages({
  subject: {
    ja: (p: { target: string }) => `「${p.target}」に該当するかどうか`,
    en: (p: { target: string }) => `who has "${p.target}"`,
  },
  past: {
    ja: (p: { target: string }) => `「${p.target}」に該当した`,
    en: (p: { target: string }) => `have "${p.target}"`,
  },
});

function wordsOf(target: string): Words | undefined {
  const key = target.trim().toLowerCase();
  return known[aliases[key] ?? key];
}

/** What a prediction predicts, in words: responded → 「反応するかどうか」 / "who responds"; other columns quoted. */
export function targetSubject(target: string, language: Language): string {
  const words = wordsOf(target);
  return words ? translate(words.subject, language) : translate(other.subject, language, { target });
}

/** What a 1 in the column means, as a past event: responded → 「反応した」 / "responded" ("54.6% responded"). */
export function targetPast(target: string, language: Language): string {
  const words = wordsOf(target);
  return words ? translate(words.past, language) : translate(other.past, language, { target });
}
