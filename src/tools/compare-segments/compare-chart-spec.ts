import { buildCompareGroupsChart } from '../../charts/compare-groups-chart.ts';
import type { ChartSpec } from '../../charts/chart-types.ts';
import type { Language } from '../../core/language.ts';
import { translate } from '../../core/message-catalog.ts';
import { findingWords, measureValue } from './compare-words.ts';
import { compareMessages as messages } from './messages.ts';
import type { CompareSegmentsData } from './result.ts';

/** The comparison chart of a result: one panel per measure both groups have, titled with the finding. */
export function compareChartSpec(result: CompareSegmentsData, language: Language): ChartSpec {
  const names = [result.first.name[language], result.second.name[language]] as const;
  return buildCompareGroupsChart(
    {
      title: findingWords(result, language),
      subtitle: translate(messages.chartSubtitle, language),
      names,
      measures: result.measures.map((entry) => ({
        title: translate(messages[entry.measure], language),
        first: entry.first,
        second: entry.second,
        firstText: measureValue(entry.measure, entry.first, result.currency, language),
        secondText: measureValue(entry.measure, entry.second, result.currency, language),
      })),
    },
    language,
  );
}
