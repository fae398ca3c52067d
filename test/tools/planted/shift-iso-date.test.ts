import { describe, expect, it } from 'vitest';
import { shiftIsoDate } from '../../../tools/planted/shift-iso-date.ts';

describe('shiftIsoDate', () => {
  it('moves across months, years and leap days in UTC', () => {
    expect(shiftIsoDate('2026-06-30', -364)).toBe('2025-07-01');
    expect(shiftIsoDate('2024-03-01', -1)).toBe('2024-02-29');
    expect(shiftIsoDate('2025-12-31', 1)).toBe('2026-01-01');
    expect(shiftIsoDate('2026-06-30', 0)).toBe('2026-06-30');
  });
});
