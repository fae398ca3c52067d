import { defineMessages } from '../core/message-catalog.ts';

/** Replies of the offline planner to turns that are not analysis requests. */
export const smallTalkMessages = defineMessages({
  thanks: {
    ja: 'どういたしまして。ほかにも気になることがあれば、いつでも聞いてください。',
    en: "You're welcome. Ask me anything else about your customers whenever you like.",
  },
  greeting: {
    ja: 'こんにちは、Takumiです。御社の顧客データ（写真・購入履歴）について、たとえば次のように聞いてください:',
    en: "Hello, I'm Takumi. Ask me about your customers' photos and purchases, for example:",
  },
  capabilities: {
    ja: 'Takumiは顧客データから、セグメント分け、解約リスク、売上予測、ROI試算、キャンペーン案づくりができます。たとえば:',
    en: 'Takumi segments your customers, finds those at risk of leaving, forecasts revenue, estimates ROI and drafts campaigns. For example:',
  },
  offTopic: {
    ja: 'すみません、それはお答えできません。Takumiは御社の顧客データの分析が専門です。たとえば:',
    en: "Sorry, that's outside what I can help with: I analyse your own customer data. For example:",
  },
  fallbackExamples: {
    ja: '• 「顧客層に分けて」\n• 「解約しそうな優良顧客は？」\n• 「来月の売上はどのくらい？」',
    en: '• "Segment our customers"\n• "Which valuable customers are at risk of leaving?"\n• "What will revenue be next month?"',
  },
  unmapped: {
    ja: 'その質問にそのままお答えできる分析はまだありません。近いものでは、次のように聞けます:',
    en: "I don't have an analysis for exactly that yet. The closest things I can answer:",
  },
});
