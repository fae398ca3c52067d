import type { ChartSpec } from './chart-types.ts';
import { chartColours } from './chart-config.ts';
import { chartInputChecks } from './chart-input-checks.ts';
import { ChartError } from './chart-error.ts';
import type { Language } from '../core/language.ts';

/** Whether higher feature values raise or lower the predicted probability; null when unknown (e.g. forests). */
export type DriverDirection = 'raises-probability' | 'lowers-probability' | null;

/** One feature's permutation importance, as the behavior predictor reports it. */
export interface BehaviorDriver {
  feature: string;
  /** Display name, e.g. 「直近 90 日の購入回数」; defaults to `feature`. */
  label?: string;
  /** Mean drop of the score when the feature is shuffled. */
  importance: number;
  /** Standard deviation of that drop; drawn as a whisker when given. */
  importanceStandardDeviation?: number;
  direction: DriverDirection;
}

/** Input of {@link buildBehaviorDriversChart}. */
export interface BehaviorDriversInput {
  drivers: readonly BehaviorDriver[];
  /** What was predicted, e.g. 「90 日以内の再購入」; shown as the subtitle when given. */
  behavior?: string;
}

/** Settings of {@link buildBehaviorDriversChart}. */
export interface BehaviorDriversOptions {
  /** Only the most important drivers are drawn; a long tail of near-zero bars hides the message. */
  maxDrivers: number;
}

export const defaultBehaviorDriversOptions: BehaviorDriversOptions = { maxDrivers: 12 };

const words = {
  ja: {
    top: (name: string) => `予測を最も左右するのは${name}`,
    target: (behavior: string) => `予測対象: ${behavior}`,
    axis: '影響の大きさ（その項目を伏せたときの予測精度の低下）',
    legend: '影響の向き',
    directions: { raises: '＋ 確率を上げる', lowers: '− 確率を下げる', unknown: '向きは不明' },
  },
  en: {
    top: (name: string) => `${name} matters most for the prediction`,
    target: (behavior: string) => `Predicted: ${behavior}`,
    axis: 'Influence (drop in prediction accuracy without it)',
    legend: 'Direction',
    directions: { raises: '+ raises probability', lowers: '− lowers probability', unknown: 'direction unknown' },
  },
} as const;

/**
 * Horizontal bars of permutation importance, most important first, coloured by the direction of
 * the effect, with ± one standard deviation whiskers when known.
 */
export function buildBehaviorDriversChart(
  input: BehaviorDriversInput,
  language: Language,
  options: Partial<BehaviorDriversOptions> = {},
): ChartSpec {
  const settings: BehaviorDriversOptions = { ...defaultBehaviorDriversOptions, ...options };
  if (!Number.isInteger(settings.maxDrivers) || settings.maxDrivers < 1) {
    throw new ChartError(
      'CHART_INVALID_DATA',
      `Drivers chart: maxDrivers must be a positive integer, got ${settings.maxDrivers}.`,
      { maxDrivers: settings.maxDrivers },
    );
  }
  const text = words[language];
  const chart = 'Behavior drivers chart';
  const drivers = [...chartInputChecks.nonEmpty(input.drivers, chart, 'drivers')]
    .map((driver) => ({
      ...driver,
      importance: chartInputChecks.finite(driver.importance, chart, `importance of "${driver.feature}"`),
    }))
    .sort((left, right) => right.importance - left.importance || left.feature.localeCompare(right.feature))
    .slice(0, settings.maxDrivers);
  const labels = chartInputChecks.uniqueLabels(
    drivers.map((driver) => driver.label ?? driver.feature),
    drivers.map((driver) => driver.feature),
  );
  const directionLabel = (direction: DriverDirection): string =>
    direction === 'raises-probability'
      ? text.directions.raises
      : direction === 'lowers-probability'
        ? text.directions.lowers
        : text.directions.unknown;
  const rows = drivers.map((driver, index) => {
    const spread =
      driver.importanceStandardDeviation === undefined
        ? null
        : chartInputChecks.finite(
            driver.importanceStandardDeviation,
            chart,
            `importanceStandardDeviation of "${driver.feature}"`,
            true,
          );
    return {
      driver: labels[index],
      importance: driver.importance,
      direction: directionLabel(driver.direction),
      ...(spread === null ? {} : { lower: driver.importance - spread, upper: driver.importance + spread }),
    };
  });
  const y = { field: 'driver', type: 'nominal', sort: labels, title: null } as const;
  const x = {
    field: 'importance',
    type: 'quantitative',
    title: text.axis,
    axis: { format: '~g', tickCount: 6 },
  } as const;
  const directions = [text.directions.raises, text.directions.lowers, text.directions.unknown];
  const hasSpread = rows.some((row) => 'lower' in row);
  return {
    language,
    // The title says the finding (the strongest driver by name), not the method.
    title: text.top(drivers[0]!.label ?? drivers[0]!.feature),
    ...(input.behavior ? { subtitle: text.target(input.behavior) } : {}),
    view: {
      width: 520,
      height: { step: 26 },
      data: { values: rows },
      layer: [
        {
          mark: { type: 'bar', cornerRadiusEnd: 2 },
          encoding: {
            y,
            x,
            color: {
              field: 'direction',
              type: 'nominal',
              title: text.legend,
              scale: { domain: directions, range: [chartColours.raises, chartColours.lowers, chartColours.unknown] },
              legend: { orient: 'bottom', direction: 'horizontal' },
            },
          },
        },
        ...(hasSpread
          ? [
              {
                mark: { type: 'rule', color: '#333333', strokeWidth: 1.2 },
                encoding: { y, x: { field: 'lower', type: 'quantitative' }, x2: { field: 'upper' } },
              } as const,
            ]
          : []),
      ],
    },
  };
}
