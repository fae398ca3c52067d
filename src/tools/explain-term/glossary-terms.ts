import type { Message } from '../../core/message-catalog.ts';

/** One term Takumi uses in its answers: how people ask for it, and what it means in plain words. */
export interface GlossaryTerm {
  id: string;
  /** Names as people type them (after NFKC and lower-casing). */
  pattern: RegExp;
  /** The term as shown in the answer's heading. */
  name: Message;
  definition: Message;
}

/** The terms in Takumi's answers, most asked first. */
export const glossaryTerms: readonly GlossaryTerm[] = [
  {
    id: 'clv',
    pattern: /\bclv\b|\bltv\b|lifetime value|顧客生涯価値|生涯価値/u,
    name: { ja: 'CLV（顧客生涯価値）', en: 'CLV (customer lifetime value)' },
    definition: {
      ja: 'ひとりのお客様がこれから（Takumiでは12か月間）もたらすと見込まれる売上の合計です。これまでの購入回数・間隔・金額から、まだ買い続けてくれるか、どれくらいの頻度と金額で買うかを統計モデル（BG/NBDとGamma-Gamma）で推定しています。「どの層に力を入れる価値があるか」を比べる物差しです。',
      en: 'The revenue one customer is expected to bring from now on (Takumi looks 12 months ahead). It is estimated from how often, how recently and how much each customer has bought, with two statistical models (BG/NBD and Gamma-Gamma). Use it to compare which groups are worth investing in.',
    },
  },
  {
    id: 'auc',
    pattern: /\bauc\b|roc|曲線下面積/u,
    name: { ja: 'AUC', en: 'AUC' },
    definition: {
      ja: '予測がどれだけ「当たる人」と「当たらない人」を見分けられるかの点数です。0.5はコイン投げと同じ、1.0は完璧。0.7を超えれば施策の優先順位づけに使える目安、0.8以上ならかなり良い予測です。',
      en: 'A score for how well a prediction tells the people who will do something from those who will not. 0.5 is a coin flip, 1.0 is perfect; above 0.7 it is useful for deciding whom to target first, above 0.8 it is strong.',
    },
  },
  {
    id: 'roi',
    pattern: /\broi\b|return on investment|投資収益率|費用対効果/u,
    name: { ja: 'ROI（投資収益率）', en: 'ROI (return on investment)' },
    definition: {
      ja: '施策にかけた費用に対して、どれだけ利益が増えたかの割合です。（増えた売上 − 費用）÷ 費用 で計算し、ROI 50%なら100円かけて150円戻る、マイナスなら赤字という意味です。',
      en: 'How much a campaign earns back for what it costs: (extra revenue − cost) ÷ cost. An ROI of 50% means every 100 spent brings back 150; a negative ROI loses money.',
    },
  },
  {
    id: 'churn',
    pattern: /churn|at[- ]risk|解約|離反|離脱/u,
    name: { ja: '解約リスク（離反）', en: 'Churn risk' },
    definition: {
      ja: 'お客様が買うのをやめてしまいそうな状態です。Takumiは解約の記録がなくても、購入履歴から「今後の予想購入回数がこれまでのペースの半分未満になった優良顧客」を解約リスクありとしています。',
      en: 'The chance that a customer stops buying. Even without a cancellation record, Takumi flags valuable customers whose expected purchases have fallen below half their own past pace.',
    },
  },
  {
    id: 'p-alive',
    pattern: /p\s*\(?\s*alive|probability (?:alive|of being active)|生存確率|アクティブ確率/u,
    name: { ja: 'P(alive)（まだ顧客でいる確率）', en: 'P(alive)' },
    definition: {
      ja: 'そのお客様がまだ離れずに顧客でいる確率です。よく買っていた人がしばらく買っていないと下がります。',
      en: 'The probability that a customer is still active rather than gone for good. It drops when someone who used to buy often has not bought for a while.',
    },
  },
  {
    id: 'bg-nbd',
    pattern: /bg\s*\/?\s*nbd|gamma[- ]gamma|ガンマ/u,
    name: { ja: 'BG/NBD・Gamma-Gammaモデル', en: 'BG/NBD and Gamma-Gamma models' },
    definition: {
      ja: '購入履歴だけから将来を予測する定番の統計モデルです。BG/NBDは「何回買うか・まだ顧客か」、Gamma-Gammaは「1回あたりいくら買うか」を推定し、掛け合わせてCLVや売上予測を出します。',
      en: 'Standard statistical models that forecast from purchase history alone: BG/NBD for how many purchases and whether a customer is still active, Gamma-Gamma for how much each purchase is worth. Together they give CLV and revenue forecasts.',
    },
  },
  {
    id: 'rfm',
    pattern: /\brfm\b|recency|frequency|monetary/u,
    name: { ja: 'RFM', en: 'RFM' },
    definition: {
      ja: '最終購入からの日数（Recency）、購入回数（Frequency）、購入金額（Monetary）の3つで顧客を見る方法です。最近・よく・たくさん買う人ほど優良顧客です。',
      en: 'A way of looking at customers by Recency (days since the last purchase), Frequency (number of purchases) and Monetary value (total spend). Recent, frequent, high spenders are the best customers.',
    },
  },
  {
    id: 'segment',
    pattern: /segment|セグメント|クラスタ|cluster/u,
    name: { ja: 'セグメント', en: 'Segment' },
    definition: {
      ja: '似たお客様のまとまりです。Takumiは投稿写真のテーマと購入の仕方（RFM、CLV）が近い人どうしを自動でグループにし、S0、S1…と番号をつけています。',
      en: 'A group of similar customers. Takumi groups people automatically by the themes of the photos they post and how they buy (RFM, CLV), and numbers the groups S0, S1, …',
    },
  },
  {
    id: 'theme',
    pattern: /theme|テーマ/u,
    name: { ja: '写真テーマ', en: 'Photo theme' },
    definition: {
      ja: 'お客様が投稿した写真を、写っているもの（犬、料理、車など）の似たものどうしで自動的にまとめたものです。どんな興味のお客様かを知る手がかりになります。',
      en: "A group of customers' photos that show similar things (dogs, food, cars, …), found automatically. It tells you what your customers are interested in.",
    },
  },
  {
    id: 'lift',
    pattern: /\blift\b|リフト|over-?index/u,
    name: { ja: 'リフト', en: 'Lift' },
    definition: {
      ja: 'ある層で何かが全体よりどれだけ多いかの倍率です。リフト2.0なら全体平均の2倍。1.0なら全体と同じです。',
      en: 'How many times more common something is in a group than overall. A lift of 2.0 means twice the average; 1.0 means the same as everyone.',
    },
  },
  {
    id: 'confidence-interval',
    pattern: /confidence interval|\bci\b|信頼区間|予測区間|interval|幅/u,
    name: { ja: '信頼区間（幅）', en: 'Confidence interval (range)' },
    definition: {
      ja: '数字が確実ではないことを示す幅です。「90%の幅が100〜140」なら、本当の値はほぼ（10回に9回）その範囲に入ると見込まれます。幅が広いほど不確かです。',
      en: 'A range that shows how sure a number is. "90% range 100 to 140" means the true value should fall inside it about 9 times out of 10; a wider range means less certainty.',
    },
  },
  {
    id: 'p-value',
    pattern: /p[- ]?value|p値|有意/u,
    name: { ja: 'p値（有意性）', en: 'p-value (significance)' },
    definition: {
      ja: '「実は差がないのに、たまたまこれだけの差が出る」確率です。0.05未満なら、偶然とは考えにくい差（統計的に有意）とみなすのが一般的です。',
      en: 'The chance of seeing a difference this large by luck alone if there were really none. Below 0.05 the difference is usually treated as real (statistically significant).',
    },
  },
  {
    id: 'ab-test',
    pattern: /a\s*\/\s*b|ab ?test|abテスト|split test|対照群|control group/u,
    name: { ja: 'A/Bテスト', en: 'A/B test' },
    definition: {
      ja: 'お客様をランダムに2つに分け、片方にだけ施策を出して結果を比べる方法です。対照群と比べるので、施策そのものの効果を数字で確かめられます。',
      en: 'Randomly split customers in two, give the offer to one half only and compare. Because the other half is a control group, the difference is the effect of the offer itself.',
    },
  },
  {
    id: 'response-rate',
    pattern: /response rate|conversion|反応率|コンバージョン|cvr/u,
    name: { ja: '反応率', en: 'Response rate' },
    definition: {
      ja: '施策を届けた人のうち、購入や申し込みなどの反応をした人の割合です。',
      en: 'The share of the people reached who respond (buy, sign up, …).',
    },
  },
  {
    id: 'cohort',
    pattern: /cohort|retention|コホート|継続率|リピート率|定着率/u,
    name: { ja: 'コホート（初回購入月ごとの継続率）', en: 'Cohort retention' },
    definition: {
      ja: '同じ月に初めて買ったお客様をひとまとまり（コホート）にして、その後の各月にも買っているかを追う見方です。「初回購入から3か月後も買っている人の割合」のように、新しいお客様がどれだけ定着しているかを、始めた時期ごとに比べられます。「コホート別の継続率は？」と聞くと、表と図でお見せします。',
      en: 'Customers who first bought in the same month form a group (a cohort), and we follow whether they buy again in each later month: "the share still buying 3 months after their first purchase". It shows how well new customers stay, compared by when they started. Ask "what is our retention by first purchase month?" to see the table and chart.',
    },
  },
  {
    id: 'minimum-group',
    pattern: /minimum group|small group|最小人数|少人数|プライバシー|privacy/u,
    name: { ja: '最小グループ人数', en: 'Minimum group size' },
    definition: {
      ja: 'プライバシー保護のため、Takumiは一定人数（既定は20人）未満のグループについては説明しません。個人が特定されないようにするための決まりです。',
      en: 'To protect privacy, Takumi never describes a group smaller than a set size (20 people by default), so no individual can be singled out.',
    },
  },
];
