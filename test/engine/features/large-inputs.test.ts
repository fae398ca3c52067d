import { describe, expect, it } from 'vitest';
import {
  buildCustomerFeatures,
  type FeatureTransaction,
} from '../../../src/engine/features/build-customer-features.ts';
import { profileSegments } from '../../../src/engine/segments/profile-segments.ts';
import { createRandom } from '../../../src/engine/random/create-random.ts';

/**
 * Past ~120k elements, `Math.max(...values)` throws `RangeError: Maximum call stack size exceeded`;
 * a real customer file has 150,000 customers and purchases in seconds (see also bench:scale).
 */
describe('features and segment profiles of 150,000 customers', () => {
  it('builds features and profiles without overflowing the stack', () => {
    const count = 150_000;
    const random = createRandom(11);
    const customerIds = Array.from({ length: count }, (_, index) => index + 1);
    const start = Date.UTC(2023, 0, 1);
    const transactions: FeatureTransaction[] = customerIds.map((customerId) => ({
      customerId,
      date: new Date(start + Math.floor(random.next() * 500) * 86_400_000),
      amount: 10 + (customerId % 90),
    }));
    const photos = customerIds.map((customerId) => ({ customerId, theme: customerId % 3, postedAt: null }));
    const features = buildCustomerFeatures(customerIds, photos, transactions, 3);
    // The latest purchase is the reference: asOf is the day after it, whatever the order.
    const latest = transactions.reduce((most, transaction) => Math.max(most, transaction.date.getTime()), 0);
    expect(features.asOf.getTime()).toBe(latest + 86_400_000);
    expect(features.rfm).toHaveLength(count);
    const labels = Int32Array.from(customerIds, (id) => id % 4);
    const profiles = profileSegments(features, labels, null);
    expect(profiles.map((profile) => profile.size)).toEqual([37_500, 37_500, 37_500, 37_500]);
  });
});
