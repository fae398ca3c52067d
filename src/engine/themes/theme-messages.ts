import { defineMessages } from '../../core/message-catalog.ts';

/** How a photo theme is named and shown with examples, per language. Concept names arrive translated. */
export const themeMessages = defineMessages({
  photos: { ja: '写真', en: 'photos' },
  single: {
    ja: (p: { concept: string }) => `${p.concept}の写真`,
    en: (p: { concept: string }) => `${p.concept} photos`,
  },
  pair: {
    ja: (p: { first: string; second: string }) => `${p.first}と${p.second}の写真`,
    en: (p: { first: string; second: string }) => `${p.first} and ${p.second} photos`,
  },
  mixed: {
    ja: (p: { concepts: readonly string[] }) => `${p.concepts.join('・')}などいろいろな写真`,
    en: (p: { concepts: readonly string[] }) => `mixed photos (${p.concepts.join(', ')}, …)`,
  },
  withExamples: {
    ja: (p: { title: string; examples: readonly string[] }) => `${p.title}（例: ${p.examples.join('、')}）`,
    en: (p: { title: string; examples: readonly string[] }) => `${p.title} (e.g. ${p.examples.join(', ')})`,
  },
});
