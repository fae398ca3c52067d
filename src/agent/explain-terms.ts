import type { Language } from '../core/language.ts';
import { pick } from '../core/message-catalog.ts';
/** One term and its plain one-clause explanation in each language. */
interface Term {
  pattern: { ja: RegExp; en: RegExp };
  explanation: { ja: string; en: string };
}

const terms: Term[] = [
  {
    pattern: { ja: /ROI/u, en: /\bROI\b/u },
    explanation: {
      ja: '投資利益率: 費用に対して得られる利益の割合。0%で元が取れ、プラスなら黒字',
      en: 'return on investment: profit per unit of cost; 0% means break-even',
    },
  },
  {
    pattern: { ja: /CLV|顧客生涯価値/u, en: /\bCLV\b|customer lifetime value/iu },
    explanation: {
      ja: '1人の顧客が今後もたらす売上の見込み',
      en: 'the revenue a customer is expected to bring in future',
    },
  },
  {
    pattern: { ja: /AUC/u, en: /\bAUC\b/u },
    explanation: {
      ja: '予測の当たりやすさ。0.5は当てずっぽう、1が完璧',
      en: 'how well the prediction ranks customers: 0.5 is guessing, 1 is perfect',
    },
  },
  {
    pattern: { ja: /信頼区間/u, en: /confidence interval/iu },
    explanation: {
      ja: '本当の値がほぼ確実に入る幅',
      en: 'the range the true value very likely lies in',
    },
  },
];

/** A heading line of an answer (【ROI試算】, *The ROI estimate*): terms there are explained in the text below. */
const heading = /^\s*(?:【[^】]*】|\*[^*]+\*)\s*$/u;

/**
 * Explains each term (ROI, CLV, AUC, 信頼区間 / confidence interval) in one plain clause the first time
 * it appears in an answer, in brackets right after it; a term already followed by a bracket is taken
 * as explained. Headings are skipped, so the explanation lands in the sentence a person reads.
 */
export function explainTermsOnFirstUse(text: string, language: Language): string {
  const lines = text.split('\n');
  for (const term of terms) {
    const pattern = term.pattern[language];
    for (let index = 0; index < lines.length; index += 1) {
      const line = lines[index]!;
      if (heading.test(line)) continue;
      const match = pattern.exec(line);
      if (!match) continue;
      const end = match.index + match[0].length;
      if (!/^\s?[（(]/u.test(line.slice(end))) {
        const note = pick(language, { ja: `（${term.explanation.ja}）`, en: ` (${term.explanation.en})` });
        lines[index] = `${line.slice(0, end)}${note}${line.slice(end)}`;
      }
      break;
    }
  }
  return lines.join('\n');
}
