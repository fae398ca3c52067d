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
    audience: (label: string, size: number, share: string) =>
      `対象: ${label}（${size.toLocaleString('ja-JP')}人、全体の${share}）`,
    posts: (themes: string) => `よく投稿する写真: ${themes}`,
    buying: (days: string, purchases: string, order: string) =>
      `購買: 最終購入から平均${days}日、平均${purchases}回購入、1回あたり平均${order}`,
    message: (theme: string | null) =>
      theme
        ? `メッセージ: ${theme}を主役にしたビジュアルで、この層が共感する世界観を伝える。`
        : 'メッセージ: この層の買い方（頻度・購入額）に合わせた案内を、短く具体的に。',
    offer: (offer: string) => `オファー: ${offer}。`,
    roi: (roi: string, low: string, high: string, cost: string, breakEven: string) =>
      `ROI（投資利益率）の見込み: ${roi}（低位${low}〜高位${high}）、費用${cost}。${breakEven}。`,
    kpi: (lift: string) => `KPI: 対照群と比べた反応率の上乗せ（想定 ${lift}）。`,
    test: (perArm: number | null, feasible: boolean) =>
      perArm === null
        ? 'A/Bテスト: 上乗せが想定されないため、テストの規模は決められません。'
        : feasible
          ? `A/Bテスト: 各群${perArm.toLocaleString('ja-JP')}人で想定の上乗せを検出できます（有意水準5%、検出力80%）。`
          : `A/Bテスト: 想定の上乗せの検出には各群${perArm.toLocaleString('ja-JP')}人が必要で、この層だけでは足りません。対照群を残したパイロットとして実施します。`,
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
      `Audience: ${label} (${size.toLocaleString('en-US')} customers, ${share} of the base)`,
    posts: (themes: string) => `What they post: ${themes}`,
    buying: (days: string, purchases: string, order: string) =>
      `How they buy: last purchase ${days} days ago on average, ${purchases} purchases, ${order} per order on average`,
    message: (theme: string | null) =>
      theme
        ? `Message: creative built around ${theme}, the imagery this group posts.`
        : 'Message: a short, concrete offer matched to how this group buys (frequency and order size).',
    offer: (offer: string) => `Offer: ${offer}.`,
    roi: (roi: string, low: string, high: string, cost: string, breakEven: string) =>
      `Expected ROI (return on investment): ${roi} (low ${low} to high ${high}) for ${cost}; ${breakEven}.`,
    kpi: (lift: string) => `KPI: uplift in response over a control group (expected ${lift}).`,
    test: (perArm: number | null, feasible: boolean) =>
      perArm === null
        ? 'A/B test: no uplift is expected, so no test size can be set.'
        : feasible
          ? `A/B test: ${perArm.toLocaleString('en-US')} customers per arm detect the expected uplift (5% significance, 80% power).`
          : `A/B test: the expected uplift needs ${perArm.toLocaleString('en-US')} customers per arm, more than this segment has; run it as a pilot with a hold-out group.`,
  },
} as const;
