/**
 * A customer group a tool's output describes. Tools declare them in their `data` as
 * `{ groups: DeclaredGroup[] }` (one entry per segment of a segmentation, one for the segment a
 * description or campaign is about, one for "all customers" when overall figures are given), and
 * the tool runner applies the disclosure rules to them without knowing the tool:
 *
 * - a group smaller than the minimum group size is never described (src/agent/find-small-groups.ts);
 * - a group whose members differ from a group described before (in any answer, dataset or process
 *   of the database) by fewer customers than the minimum is never described either, since comparing
 *   the two answers would give those few customers' figures (src/agent/check-differencing.ts).
 */
export interface DeclaredGroup {
  /** Internal label for logs (S2, T3, all customers); never shown to people. */
  label: string;
  /** Customers in the group. */
  size: number;
  /**
   * The customers (database ids, `Customer.id`) whose values the output aggregates — spend,
   * purchases, lifetime value, rates, means: `size` of them. `'counted'` for a group the output only
   * counts or names (a photo theme's poster count), whose difference from another reveals no one's values.
   */
  members: readonly number[] | 'counted';
}
