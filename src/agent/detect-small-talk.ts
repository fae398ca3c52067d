import { findGlossaryTerms } from '../tools/explain-term/find-glossary-terms.ts';

/** A turn that is not an analysis request: how the offline planner should answer it. */
export type SmallTalk = 'thanks' | 'greeting' | 'capabilities' | 'off-topic' | 'glossary';

// A bare "what is X?" asks for a definition only without a determiner: "what is ROI?" / "what is a CLV?"
// define a word, "what is the ROI?" / "what's our CLV?" ask for the number.
const patterns: [SmallTalk, RegExp][] = [
  [
    'glossary',
    /(?:って|とは)\s*(?:何|なに|なん|どういう(?:意味|こと)?)|とは\s*[?？]?\s*$|の意味|意味(?:は|を|が)|what(?:'s| is| are| does)\b.*\b(?:mean|stand for)\b|\bmeaning of\b|\bdefine\b|\bdefinition\b|^\s*what(?:'s| is| are) (?!(?:the|our|my|your|their|its|this|that|these|those|current|average|total)\b)(?:an? )?[a-z/()\s-]{2,30}\s*\??\s*$/u,
  ],
  [
    'thanks',
    /ありがと|有難う|感謝|助かり|助かった|thanks|thank you|\bthx\b|\bty\b|cheers|great job|nice work|お疲れ(?:様|さま)/u,
  ],
  [
    'capabilities',
    /何ができ|なにができ|何を聞け|使い方|あなたは(?:誰|だれ|何|なに)|what can you do|who are you|how do i use|^\s*help\s*[?？!]?\s*$/u,
  ],
  [
    'greeting',
    /^\s*(?:こんにちは|こんばんは|おはよう|はじめまして|初めまして|よろしく|やあ|どうも|hi|hello|hey|good (?:morning|afternoon|evening))[\s!！。.、,]*(?:takumi|匠|さん)?[\s!！。.]*$/u,
  ],
  [
    'off-topic',
    /天気|weather|ジョーク|\bjoke|冗談|ランチ|\blunch\b|株価|stock price|ニュース|\bnews\b|レシピ|recipe|サッカー|野球|football|soccer|映画|movie|恋愛|占い|horoscope|翻訳して|translate/u,
  ],
];

/**
 * Small talk the offline planner answers without an analysis: thanks, greetings, "what can you do",
 * a definition question about a term in Takumi's glossary (「CLVって何？」), an off-topic request.
 * Checked only when the question carries no analysis intent (a definition question always wins, so
 * 「ROIって何？」 explains ROI instead of estimating it). NFKC and lower case first.
 */
export function detectSmallTalk(question: string): SmallTalk | null {
  const text = question.normalize('NFKC').toLowerCase().trim();
  for (const [kind, pattern] of patterns) {
    if (!pattern.test(text)) continue;
    if (kind === 'glossary' && findGlossaryTerms(text).length === 0) continue;
    return kind;
  }
  return null;
}
