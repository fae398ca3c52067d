import type { CurrencyCode } from '../core/format/currency-code.ts';
import { formatMoney } from '../core/format/format-money.ts';
import { formatPValue } from '../core/format/format-p-value.ts';
import type { Language } from '../core/language.ts';
import { localeOf } from '../core/message-catalog.ts';
import type { ChartSpec } from './chart-types.ts';
import { chartColours } from './chart-config.ts';
import { ChartError } from './chart-error.ts';
import { chartInputChecks } from './chart-input-checks.ts';
import { moneyChannel, niceTicks } from './money-axis.ts';
import { rangeDotLayers } from './range-dot-layers.ts';

/** One arm of the test: its counts and the confidence interval of its conversion rate (shares). */
export interface AbTestReadoutArm {
  customers: number;
  conversions: number;
  lower: number;
  upper: number;
}

/** The decision the chart's title says; `stop` split by its reason, as the readout's text does. */
export type AbTestVerdict = 'ship' | 'keep-testing' | 'stop-worse' | 'stop-too-small';

/** Input of {@link buildAbTestReadoutChart}. */
export interface AbTestReadoutChartInput {
  control: AbTestReadoutArm;
  treatment: AbTestReadoutArm;
  /** Treatment rate − control rate (shares, 0.018 = 1.8 points) and its confidence interval. */
  lift: { difference: number; lower: number; upper: number };
  /** Confidence level of every interval drawn, e.g. 0.95. */
  level: number;
  pValue: number;
  verdict: AbTestVerdict;
  /** Revenue per customer in each arm, when the results file had revenue; else null (no panel). */
  revenuePerCustomer: { control: number; treatment: number } | null;
  currency: CurrencyCode;
}

type Counts = { rate: string; customers: string; conversions: string };

const words = {
  ja: {
    control: '対照群',
    treatment: '施策群',
    titles: {
      ship: '施策群の勝ち：全面展開を推奨',
      'keep-testing': '差はまだ判断できない：テスト継続',
      'stop-worse': '中止：施策群のほうが反応率が低い',
      'stop-too-small': '中止：差があっても小さく、続ける価値がない',
    },
    subtitle: (c: Counts, t: Counts, p: string, level: string) =>
      `反応率 対照群 ${c.rate}（${c.customers}人中${c.conversions}人）、施策群 ${t.rate}（${t.customers}人中${t.conversions}人）、p値 ${p}。帯は${level}信頼区間`,
    ratePanel: '各群の反応率',
    rateAxis: '反応率（%）',
    liftPanel: '反応率の差',
    liftLabel: '施策群 − 対照群',
    liftAxis: '差（ポイント）',
    points: (value: string) => `${value}ポイント`,
    range: '〜',
    revenuePanel: '1人あたり売上',
    revenueAxis: (unit: string) => `売上（${unit}）`,
  },
  en: {
    control: 'Control',
    treatment: 'Treatment',
    titles: {
      ship: 'Treatment wins: roll it out',
      'keep-testing': 'Too early to tell: keep testing',
      'stop-worse': 'Stop: the treatment arm does worse',
      'stop-too-small': 'Stop: any gain is too small to be worth it',
    },
    subtitle: (c: Counts, t: Counts, p: string, level: string) =>
      `Conversion: control ${c.rate} (${c.conversions} of ${c.customers}), treatment ${t.rate} (${t.conversions} of ${t.customers}); p-value ${p}. Bands: ${level} confidence intervals`,
    ratePanel: 'Conversion rate by arm',
    rateAxis: 'Conversion rate (%)',
    liftPanel: 'Difference in conversion',
    liftLabel: 'Treatment − control',
    liftAxis: 'Difference (percentage points)',
    points: (value: string) => `${value} pts`,
    range: ' to ',
    revenuePanel: 'Revenue per customer',
    revenueAxis: (unit: string) => `Revenue (${unit})`,
  },
} as const;

const armColours = { control: chartColours.unknown, treatment: chartColours.neutral } as const;
const verdictColours: Record<AbTestVerdict, string> = {
  ship: '#2e8b57',
  'keep-testing': '#e0a100',
  'stop-worse': chartColours.lowers,
  'stop-too-small': chartColours.lowers,
};
/** Colours are given per row: the field's value is the colour itself. */
const colourField = { field: 'colour', type: 'nominal', scale: null, legend: null } as const;
const panel = { width: 240, height: 240 } as const;
/** A panel's own heading: smaller than the chart's title, which says the decision. */
const heading = (text: string) => ({ text, fontSize: 13, offset: 12, frame: 'group' }) as const;

/**
 * The A/B readout in one picture: each arm's conversion rate as a dot with its confidence band on an
 * axis from 0 %, the difference (treatment − control) with its band against a dashed line at no
 * difference, and, when the results file had revenue, revenue per customer per arm in the dataset's
 * currency (none when both are 0). The title says the decision in words; the subtitle gives rates,
 * counts and the p-value.
 */
export function buildAbTestReadoutChart(input: AbTestReadoutChartInput, language: Language): ChartSpec {
  const text = words[language];
  const chart = 'A/B test readout chart';
  const count = new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: 0 });
  const percent = (share: number): string => `${(100 * share).toFixed(1)}%`;
  const signed = (share: number): string => {
    const points = Math.abs(100 * share).toFixed(1);
    return `${share > 0 && points !== '0.0' ? '+' : share < 0 && points !== '0.0' ? '−' : ''}${points}`;
  };
  const arms = (['control', 'treatment'] as const).map((key) => {
    const arm = input[key];
    const name = text[key];
    const customers = chartInputChecks.finite(arm.customers, chart, `customers of ${key}`, true);
    const conversions = chartInputChecks.finite(arm.conversions, chart, `conversions of ${key}`, true);
    if (customers === 0)
      throw new ChartError('CHART_INVALID_DATA', `${chart}: the ${key} arm has no customers; skip this chart.`, {
        chart,
        field: `customers of ${key}`,
      });
    const rate = conversions / customers;
    return {
      key,
      arm: name,
      rate,
      lower: chartInputChecks.finite(arm.lower, chart, `lower bound of ${key}`, true),
      upper: chartInputChecks.finite(arm.upper, chart, `upper bound of ${key}`, true),
      colour: armColours[key],
      label: `${percent(rate)}\n${percent(arm.lower)}${text.range}${percent(arm.upper)}`,
      counts: { rate: percent(rate), customers: count.format(customers), conversions: count.format(conversions) },
    };
  });
  const [control, treatment] = arms as [(typeof arms)[0], (typeof arms)[0]];
  const lift = {
    what: text.liftLabel,
    difference: chartInputChecks.finite(input.lift.difference, chart, 'difference'),
    lower: chartInputChecks.finite(input.lift.lower, chart, 'lower bound of the difference'),
    upper: chartInputChecks.finite(input.lift.upper, chart, 'upper bound of the difference'),
    colour: verdictColours[input.verdict],
  };
  const rateTicks = niceTicks(0, Math.max(control.upper, treatment.upper), 6);
  const liftTicks = niceTicks(Math.min(0, lift.lower), Math.max(0, lift.upper), 5);
  const [liftLow, liftHigh] = [liftTicks[0]!, liftTicks.at(-1)!];
  const liftSpan = liftHigh - liftLow;
  // The two-line label beside a dot is about a tenth of the plot high: it is kept that far from the
  // plot's ends (off the arm names under the axis) and, on the lift panel, off the dashed zero line.
  const margin = 0.08;
  const within = (value: number, low: number, high: number): number =>
    Math.min(high - margin * (high - low), Math.max(low + margin * (high - low), value));
  const liftLabelAt = within(
    Math.abs(lift.difference) < margin * liftSpan
      ? (lift.difference < 0 ? -1 : 1) * margin * liftSpan
      : lift.difference,
    liftLow,
    liftHigh,
  );
  const level = `${Math.round(100 * chartInputChecks.finite(input.level, chart, 'level', true))}%`;
  const armAxis = {
    field: 'arm',
    type: 'nominal',
    sort: [text.control, text.treatment],
    title: null,
    axis: { labelAngle: 0, labelFontSize: 12 },
  } as const;
  const ratePanel = {
    ...panel,
    title: heading(text.ratePanel),
    data: {
      values: arms.map(({ counts: _counts, ...row }) => ({ ...row, labelAt: within(row.rate, 0, rateTicks.at(-1)!) })),
    },
    layer: rangeDotLayers({
      orientation: 'vertical',
      category: armAxis,
      value: {
        field: 'lower',
        type: 'quantitative',
        title: text.rateAxis,
        // From 0 % to a round tick above the highest band, labelled at both ends.
        scale: { domain: [0, rateTicks.at(-1)!], nice: false },
        axis: { format: '.1~%', values: rateTicks },
      },
      fields: { upper: 'upper', point: 'rate', label: 'label', labelAt: 'labelAt' },
      color: colourField,
    }),
  };
  const liftPanel = {
    width: 180,
    height: panel.height,
    title: heading(text.liftPanel),
    layer: [
      {
        data: {
          values: [
            {
              ...lift,
              labelAt: liftLabelAt,
              label: `${text.points(signed(lift.difference))}\n${signed(lift.lower)}${text.range}${signed(lift.upper)}`,
            },
          ],
        },
        layer: rangeDotLayers({
          orientation: 'vertical',
          category: { ...armAxis, field: 'what', sort: null },
          value: {
            field: 'lower',
            type: 'quantitative',
            title: text.liftAxis,
            // Round ticks at both ends, so the top of this panel carries a label as the others do.
            scale: { domain: [liftLow, liftHigh], nice: false },
            axis: {
              values: liftTicks,
              labelExpr: "(datum.value > 0 ? '+' : '') + format(datum.value * 100, '.1~f')",
            },
          },
          fields: { upper: 'upper', point: 'difference', label: 'label', labelAt: 'labelAt' },
          color: colourField,
        }),
      },
      {
        data: { values: [{ zero: 0 }] },
        mark: { type: 'rule', color: chartColours.zeroLine, strokeDash: [5, 4], strokeWidth: 1.5 },
        encoding: { y: { field: 'zero', type: 'quantitative' } },
      },
    ],
  };
  const panels: unknown[] = [ratePanel, liftPanel];
  const revenue = input.revenuePerCustomer;
  // Two empty bars say nothing (a revenue column of zeros): no panel then.
  if (revenue && (revenue.control !== 0 || revenue.treatment !== 0)) {
    const values = (['control', 'treatment'] as const).map((key) => {
      const amount = chartInputChecks.finite(revenue[key], chart, `revenue per customer of ${key}`, true);
      return { arm: text[key], amount, colour: armColours[key], label: formatMoney(amount, input.currency, language) };
    });
    const y = moneyChannel(
      'amount',
      values.map((row) => row.amount),
      input.currency,
      language,
      text.revenueAxis,
      { zero: true, roundEnds: true, tickCount: 5 },
    );
    panels.push({
      ...panel,
      title: heading(text.revenuePanel),
      data: { values },
      layer: [
        { mark: { type: 'bar', width: 36, cornerRadius: 2 }, encoding: { x: armAxis, y, color: colourField } },
        {
          mark: { type: 'text', baseline: 'bottom', dy: -4 },
          encoding: { x: armAxis, y, text: { field: 'label', type: 'nominal' } },
        },
      ],
    });
  }
  return {
    language,
    title: text.titles[input.verdict],
    subtitle: text.subtitle(control.counts, treatment.counts, formatPValue(input.pValue), level),
    view: { hconcat: panels, spacing: 36 } as ChartSpec['view'],
  };
}
