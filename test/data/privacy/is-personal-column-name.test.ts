import { describe, expect, it } from 'vitest';
import { isPersonalColumnName } from '../../../src/data/privacy/is-personal-column-name.ts';

describe('isPersonalColumnName', () => {
  it.each([
    'name',
    'full_name',
    'firstName',
    'E-Mail',
    'email_address',
    'phoneNumber',
    'TEL',
    'home_address',
    'zip',
    '氏名',
    '名前',
    '住所',
    '電話番号',
    'メールアドレス',
    '姓',
    '名',
    '生年月日',
  ])('%s is personal', (column) => expect(isPersonalColumnName(column)).toBe(true));
  it.each(['age', 'prefecture', 'hotel', 'region', 'responded', '店名', '年齢', 'segment', 'telemetry'])(
    '%s is not',
    (column) => expect(isPersonalColumnName(column)).toBe(false),
  );
});
