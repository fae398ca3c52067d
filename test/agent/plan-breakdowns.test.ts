import { describe, expect, it } from 'vitest';
import { findBreakdownRequest } from '../../src/agent/find-breakdown-request.ts';
import { planOfflineSteps } from '../../src/agent/plan-offline-steps.ts';

const steps = (question: string) =>
  planOfflineSteps(question, []).steps.map((step) => [step.toolName, step.hints.named ?? null]);

describe('offline routing of sales breakdowns', () => {
  it.each([
    ['地域別の売上は？', { by: '地域', measure: 'revenue' }],
    ['月別の売上推移', { by: 'month', measure: 'revenue' }],
    ['年代別の売上', { by: '年代', measure: 'revenue' }],
    ['週ごとの注文数', { by: 'week', measure: 'orders' }],
    ['年齢別の購入者数は？', { by: '年齢', measure: 'customers' }],
    ['売上の推移を教えて', { by: 'month', measure: 'revenue' }],
    ['直近6か月の月別売上', { by: 'month', measure: 'revenue', months: 6 }],
    ['revenue by month', { by: 'month', measure: 'revenue' }],
    ['sales by region', { by: 'region', measure: 'revenue' }],
    ['weekly orders', { by: 'week', measure: 'orders' }],
    ['how many customers bought each month', { by: 'month', measure: 'customers' }],
    ['revenue per customer by region', { by: 'region', measure: 'revenue' }],
    ['orders across regions over the last 8 weeks', { by: 'region', measure: 'orders', weeks: 8 }],
  ])('sends %s to break_down_sales', (question, named) => {
    expect(steps(question)).toEqual([['break_down_sales', named]]);
  });

  it.each([
    ['来月の売上はどのくらいになりそう？', 'forecast_revenue'],
    ['今後3か月の売上予測', 'forecast_revenue'],
    ['monthly sales forecast', 'forecast_revenue'],
    ['解約しそうな顧客は月ごとに何人？', 'assess_churn_risk'],
    ['地域別の売上をCSVで書き出して', 'export_audience'],
    ['セグメント別の売上', 'run_segmentation'],
    ['S1とS2の売上の違いは？', 'compare_segments'],
    ['高額顧客が多く投稿する写真のテーマは？', 'compare_theme_value'],
    ['もし20%割引をS2に出したら？', 'simulate_what_if'],
  ])('leaves %s to %s', (question, tool) => {
    expect(steps(question).map(([name]) => name)).toContain(tool);
    expect(steps(question).map(([name]) => name)).not.toContain('break_down_sales');
  });

  it('needs both a breakdown word and a measure', () => {
    expect(findBreakdownRequest('地域別に見て')).toBeNull();
    expect(findBreakdownRequest('売上はいくら？')).toBeNull();
    expect(findBreakdownRequest('revenue by the way')).toBeNull();
    expect(findBreakdownRequest('性別ごとの売上')).toMatchObject({ by: 'gender' });
    expect(findBreakdownRequest('customers by age group')).toMatchObject({ by: 'age group', measure: 'customers' });
  });
});
