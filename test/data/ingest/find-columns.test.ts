import { describe, expect, it } from 'vitest';
import { findColumns } from '../../../src/data/ingest/find-columns.ts';
import { ingestColumns } from '../../../src/data/ingest/ingest-columns.ts';

describe('findColumns', () => {
  it('matches names ignoring case, width, spaces and separators, preferring the main name', () => {
    expect(
      findColumns(
        { file: 't.csv', columns: ['Amount', 'Order Date', 'ＣＵＳＴＯＭＥＲ－ＩＤ', 'total'] },
        ingestColumns.transactions,
      ),
    ).toEqual({ customerId: 2, date: 1, amount: 0 });
    expect(findColumns({ file: 'c.csv', columns: ['id', 'name', 'customerId'] }, ingestColumns.customers)).toEqual({
      customerId: 2,
    });
    expect(findColumns({ file: 'c.csv', columns: ['顧客ID', '名前'] }, ingestColumns.customers)).toEqual({
      customerId: 0,
    });
    expect(findColumns({ file: 'm.csv', columns: ['customer_id', 'path'] }, ingestColumns.photoManifest)).toEqual({
      customerId: 0,
      path: 1,
      postedAt: undefined,
    });
  });

  it('names every missing column, the columns found and the fix in one error', () => {
    expect(() =>
      findColumns({ file: 'transactions.csv', columns: ['customer_id', 'price'] }, ingestColumns.transactions),
    ).toThrow(
      'transactions.csv has no date or amount column. Columns found: customer_id, price. Add columns named "date" (the purchase date, like 2024-03-15; also accepted: purchase_date, order_date, transaction_date, 日付, 購入日) and "amount" (the amount paid, like 1200; also accepted: total, sales, 金額, 購入金額), or rename the column that holds it.',
    );
  });

  it('does not take a bare "id" for the customer in a transactions file (it is usually an order id)', () => {
    expect(() => findColumns({ file: 't.csv', columns: ['id', 'date', 'amount'] }, ingestColumns.transactions)).toThrow(
      /has no customer_id column/,
    );
  });

  it('hints at the separator when the header was read as one column', () => {
    expect(() => findColumns({ file: 'notes.txt', columns: ['These are my notes.'] }, ingestColumns.customers)).toThrow(
      /read as a single column: if the values are separated by something other/,
    );
  });
});
