import type { ColumnSpec } from './find-columns.ts';

/** The customer id column in transaction files and photo manifests ("id" alone is not accepted there: it usually means an order id). */
const customerReference: ColumnSpec = {
  name: 'customer_id',
  aliases: ['顧客ID', '顧客番号'],
  required: true,
  holds: 'the id of the customer, as in the customers file',
};

/**
 * The columns each input file is searched for. Names match ignoring case, full/half width, spaces,
 * `_`, `-` and `.` (so `Customer ID`, `customerId` and `CUSTOMER_ID` all match `customer_id`).
 */
export const ingestColumns = {
  customers: {
    customerId: {
      name: 'customer_id',
      aliases: ['id', '顧客ID', '顧客番号'],
      required: true,
      holds: "the customer's id",
    },
  },
  transactions: {
    customerId: customerReference,
    date: {
      name: 'date',
      aliases: ['purchase_date', 'order_date', 'transaction_date', '日付', '購入日'],
      required: true,
      holds: 'the purchase date, like 2024-03-15',
    },
    amount: {
      name: 'amount',
      aliases: ['total', 'sales', '金額', '購入金額'],
      required: true,
      holds: 'the amount paid, like 1200',
    },
  },
  photoManifest: {
    customerId: customerReference,
    path: {
      name: 'path',
      aliases: ['file', 'photo', 'image', 'filename', 'file_name'],
      required: true,
      holds: "the photo's path, relative to the manifest's folder",
    },
    postedAt: {
      name: 'posted_at',
      aliases: ['posted', 'date', 'taken_at', '投稿日'],
      required: false,
      holds: 'when the photo was posted, like 2024-03-15',
    },
  },
} as const satisfies Record<string, Record<string, ColumnSpec>>;
