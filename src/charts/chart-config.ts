import type { Config } from 'vega-lite';

/** Colour per driver direction and the neutral bar colour, shared so every chart speaks alike. */
export const chartColours = {
  neutral: '#4c78a8',
  raises: '#2f7ebc',
  lowers: '#e4572e',
  unknown: '#9e9e9e',
  zeroLine: '#c0392b',
  muted: '#666666',
} as const;

/**
 * The look shared by every Takumi chart: one font family for all text (so Japanese never falls back
 * to a font without kana), left-aligned titles as in Slack messages, quiet grid lines.
 */
export function chartConfig(fontFamily: string): Config {
  return {
    font: fontFamily,
    background: 'white',
    padding: 16,
    view: { stroke: null },
    title: {
      fontSize: 17,
      subtitleFontSize: 12,
      subtitleColor: chartColours.muted,
      anchor: 'start',
      frame: 'bounds',
      offset: 14,
    },
    axis: {
      labelFontSize: 11,
      titleFontSize: 12,
      titleFontWeight: 'bold',
      labelColor: '#333333',
      titleColor: '#333333',
      gridColor: '#e6e6e6',
      domainColor: '#888888',
      tickColor: '#888888',
      // Above fitLabel's 300 px, so labels are shortened only by fitLabel, which keeps the id tail.
      labelLimit: 320,
    },
    legend: { labelFontSize: 11, titleFontSize: 12, labelLimit: 320, symbolSize: 90 },
    header: { labelFontSize: 12, labelFontWeight: 'bold', titleFontSize: 12 },
    text: { fontSize: 11, color: '#333333' },
    bar: { color: chartColours.neutral },
  };
}
