import { describe, expect, it } from 'vitest';
import { planOfflineSteps } from '../../src/agent/plan-offline-steps.ts';

const tools = (question: string): string[] => planOfflineSteps(question, []).steps.map((step) => step.toolName);

describe('offline routing of retention questions', () => {
  it('sends cohort and retention questions to cohort_retention, in Japanese and English', () => {
    for (const question of [
      'コホート別の継続率は？',
      '初回購入月ごとのリピート率',
      '定着率はどうなっている？',
      '再購入率を月別に見せて',
      '初めて買った月ごとに、その後も買っている人の割合は？',
      'ｺﾎｰﾄ分析して',
      'cohort retention',
      'How many customers come back after their first month?',
      "What's our retention by first purchase month?",
      'repeat purchase rate by cohort',
    ])
      expect(tools(question), question).toEqual(['cohort_retention']);
  });

  it('leaves churn, forecast, comparison and segment questions where they were', () => {
    expect(tools('解約しそうな顧客は？')).toEqual(['assess_churn_risk']);
    expect(tools('Which customers are likely to churn?')).toEqual(['assess_churn_risk']);
    expect(tools('来月の売上はどのくらいになりそう？')).toEqual(['forecast_revenue']);
    expect(tools('S1とS2の違いは？')).toEqual(['compare_segments']);
    expect(tools('顧客層に分けて')).toEqual(['run_segmentation']);
    expect(tools('翌月の購入見込みは？')).toEqual(['forecast_revenue']);
    // Both asked: both answered.
    expect(tools('解約しそうな顧客と、コホート別の継続率を教えて')).toEqual(['assess_churn_risk', 'cohort_retention']);
  });
});

describe('definition questions about retention', () => {
  it('explain the word instead of running the analysis', () => {
    expect(tools('コホートって何？')).toEqual(['explain_term']);
    expect(tools('what is retention?')).toEqual(['explain_term']);
    expect(tools("What's our retention by first purchase month?")).toEqual(['cohort_retention']);
  });
});
