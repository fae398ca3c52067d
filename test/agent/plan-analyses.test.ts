import { describe, expect, it } from 'vitest';
import { findPeriodMonths } from '../../src/agent/find-period-months.ts';
import { planOfflineSteps } from '../../src/agent/plan-offline-steps.ts';

const tools = (question: string): string[] => planOfflineSteps(question, []).steps.map((step) => step.toolName);
const hints = (question: string, tool: string) =>
  planOfflineSteps(question, []).steps.find((step) => step.toolName === tool)?.hints;

describe('offline routing of churn and forecast questions', () => {
  it('sends churn questions to assess_churn_risk, never to a churn-column prediction', () => {
    for (const question of [
      '解約しそうな顧客は？',
      '離反しそうな層の予測',
      '休眠しそうな優良顧客はどれくらい？',
      'Which customers are likely to churn?',
      'who is at risk of leaving?',
      'Predict churn',
      'お客さんが離れていきそう？',
    ])
      expect(tools(question), question).toEqual(['assess_churn_risk']);
  });

  it('carries the segment and the period of a churn question', () => {
    expect(hints('セグメント2で解約しそうな人は？', 'assess_churn_risk')).toMatchObject({ segment: 2 });
    expect(hints('churn risk in S1 over the next 6 months', 'assess_churn_risk')).toMatchObject({
      segment: 1,
      periodMonths: 6,
    });
  });

  it('sends revenue-ahead questions to forecast_revenue with the period they name', () => {
    expect(tools('来月の売上はどのくらいになりそう？')).toEqual(['forecast_revenue']);
    expect(hints('来月の売上はどのくらいになりそう？', 'forecast_revenue')).toMatchObject({ periodMonths: 1 });
    expect(hints('今後3か月の売上予測', 'forecast_revenue')).toMatchObject({ periodMonths: 3 });
    expect(hints("What's the sales forecast for next quarter?", 'forecast_revenue')).toMatchObject({
      periodMonths: 3,
    });
    expect(tools('How much will we sell next month?')).toEqual(['forecast_revenue']);
    expect(hints('revenue forecast', 'forecast_revenue')).toMatchObject({ periodMonths: null });
  });

  it('still predicts other 0/1 behaviors with predict_behavior', () => {
    expect(tools('反応しそうな顧客を予測して')).toEqual(['predict_behavior']);
    expect(tools('predict who will respond')).toEqual(['predict_behavior']);
  });
});

describe('findPeriodMonths', () => {
  it('reads months from Japanese and English period words', () => {
    expect(findPeriodMonths('来月')).toBe(1);
    expect(findPeriodMonths('今後３か月')).toBe(3);
    expect(findPeriodMonths('6ヶ月先の売上')).toBe(6);
    expect(findPeriodMonths('next 2 months')).toBe(2);
    expect(findPeriodMonths('半年後')).toBe(6);
    expect(findPeriodMonths('next year')).toBe(12);
    expect(findPeriodMonths('今後24か月')).toBeNull();
    expect(findPeriodMonths('売上は？')).toBeNull();
  });
});
