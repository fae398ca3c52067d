/** One purchase as a breakdown reads it. `date` is read in UTC. */
export interface SalesTransaction {
  /** The customer's database id. */
  customerId: number;
  date: Date;
  amount: number;
}

/**
 * Revenue, orders and customers of one group of purchases, and the customers (database ids) they
 * come from, so a tool can declare exactly the customers whose figures it gives.
 */
export interface SalesFigures {
  revenue: number;
  orders: number;
  /** Distinct customers who bought (the size of `members`). */
  customers: number;
  /** revenue / customers; 0 without customers. */
  revenuePerCustomer: number;
  /** The distinct customers who bought, ascending. */
  members: number[];
}

/** A running sum of {@link SalesFigures}. */
export class SalesAccumulator {
  revenue = 0;
  orders = 0;
  readonly #members = new Set<number>();

  add(transaction: SalesTransaction): void {
    this.revenue += transaction.amount;
    this.orders += 1;
    this.#members.add(transaction.customerId);
  }

  /** Adds another group's figures (members are merged as a set, so overlapping groups count once). */
  merge(figures: SalesFigures): void {
    this.revenue += figures.revenue;
    this.orders += figures.orders;
    for (const member of figures.members) this.#members.add(member);
  }

  figures(): SalesFigures {
    const members = [...this.#members].sort((left, right) => left - right);
    return {
      revenue: this.revenue,
      orders: this.orders,
      customers: members.length,
      revenuePerCustomer: members.length > 0 ? this.revenue / members.length : 0,
      members,
    };
  }
}

/** The figures of several groups taken together (a total, or 「その他」). */
export function mergeSalesFigures(groups: Iterable<SalesFigures>): SalesFigures {
  const sum = new SalesAccumulator();
  for (const figures of groups) sum.merge(figures);
  return sum.figures();
}
