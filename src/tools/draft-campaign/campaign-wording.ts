/** Words of campaign drafts in each language: templates filled with aggregates only. */
export const campaignWording = {
  ja: {
    goals: {
      reactivate: '休眠の掘り起こし（再購入）',
      retain: '継続購入の維持',
      upsell: '客単価アップ',
      repeat: '2回目購入の促進',
    },
    channels: { email: 'メール', line: 'LINE', sns: 'SNS広告', dm: 'DM（郵送）', app: 'アプリ通知' },
    audience: (label: string, size: number, share: string) => `対象: ${label}（${size}人、全体の${share}）`,
    posts: (themes: string) => `よく投稿する写真: ${themes}`,
    buying: (days: string, purchases: string, spend: string) =>
      `購買: 最終購入から平均${days}日、平均${purchases}回購入、累計${spend}`,
    message: (theme: string) => `メッセージ: 「${theme}」の世界観を使ったビジュアルで、この層が共感する写真を主役に。`,
    offer: (amount: string) => `オファー: 1人あたり${amount}以内の特典（次回購入クーポンなど）。`,
    kpi: (rate: string) => `KPI: 反応率（想定 ${rate}）と対照群との差。`,
    test: (perArm: number, feasible: boolean) =>
      feasible
        ? `A/Bテスト: 各群${perArm}人で+2ポイントの差を検出可能（有意水準5%、検出力80%）。`
        : `A/Bテスト: +2ポイントの差の検出には各群${perArm}人が必要で、この層だけでは足りません。まずは傾向把握のパイロットとして実施します。`,
    meeting: (label: string, size: number, goal: string, roiHint: string, perArm: number, testFits: boolean) => [
      `まずは小さなPoCで、${label}の${size}人を対象に${goal}を試します。`,
      `この層は写真の好みと購買行動がはっきりしており、訴求内容を絞り込めます。`,
      roiHint,
      testFits
        ? `対照群を設けたA/Bテスト（各群${perArm}人規模）で効果を数字で確認してから、本格展開を判断します。`
        : `この層だけでは統計的なA/Bテスト（各群${perArm}人）に足りないため、一部を対照群として残すパイロットで傾向を確かめます。`,
      `個人情報は社外に出さず、集計値だけで意思決定できる体制です。`,
    ],
  },
  en: {
    goals: {
      reactivate: 'win back lapsing customers',
      retain: 'keep frequent buyers buying',
      upsell: 'raise basket value',
      repeat: 'drive the second purchase',
    },
    channels: { email: 'e-mail', line: 'LINE', sns: 'social ads', dm: 'direct mail', app: 'app push' },
    audience: (label: string, size: number, share: string) =>
      `Audience: ${label} (${size} customers, ${share} of the base)`,
    posts: (themes: string) => `What they post: ${themes}`,
    buying: (days: string, purchases: string, spend: string) =>
      `How they buy: last purchase ${days} days ago on average, ${purchases} purchases, ${spend} spent in total`,
    message: (theme: string) =>
      `Message: creative built around "${theme}", the imagery this group posts and responds to.`,
    offer: (amount: string) =>
      `Offer: an incentive worth at most ${amount} per customer (e.g. a next-purchase coupon).`,
    kpi: (rate: string) => `KPI: response rate (expected ${rate}) against a control group.`,
    test: (perArm: number, feasible: boolean) =>
      feasible
        ? `A/B test: ${perArm} customers per arm detect a +2-point lift (5% significance, 80% power).`
        : `A/B test: a +2-point lift needs ${perArm} customers per arm, more than this segment has; run it as a directional pilot first.`,
    meeting: (label: string, size: number, goal: string, roiHint: string, perArm: number, testFits: boolean) => [
      `Let's start with a small proof of concept: ${size} customers in ${label}, aiming to ${goal}.`,
      `This group has a clear photo taste and buying pattern, so the message can be very focused.`,
      roiHint,
      testFits
        ? `A controlled A/B test with about ${perArm} customers per arm will tell us in numbers whether it works before we scale.`
        : `The group is too small for a conclusive A/B test (${perArm} per arm), so we run a pilot with a hold-out group to read the direction first.`,
      `No personal data leaves our systems; we decide on aggregates only.`,
    ],
  },
} as const;
