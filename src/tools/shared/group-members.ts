import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { DeclaredGroup } from '../declared-group.ts';

/** Which segment a run put each customer in (database ids), as `SegmentationAssignments` has it. */
export interface SegmentMembership {
  segmentByCustomer: ReadonlyMap<number, number>;
}

/** The segment of every customer of a stored run, read without the rest of the run. */
export async function loadSegmentMembership(prisma: PrismaClient, runId: number): Promise<SegmentMembership> {
  const rows = await prisma.customerAssignment.findMany({
    where: { runId },
    select: { customerId: true, label: true },
  });
  return { segmentByCustomer: new Map(rows.map((row) => [row.customerId, row.label])) };
}

/**
 * The {@link DeclaredGroup} of one segment of a run: its customers as the run assigned them, so the
 * differencing check compares it, member by member, with every group described before.
 */
export function segmentGroup(assignments: SegmentMembership, segment: number, label = `S${segment}`): DeclaredGroup {
  const members: number[] = [];
  for (const [customer, assigned] of assignments.segmentByCustomer) if (assigned === segment) members.push(customer);
  return { label, size: members.length, members };
}

/**
 * Every customer of the run: declared by tools that give overall figures (the customer count with
 * segment means, lifts against the average, totals), from which the whole base's aggregates follow.
 */
export function everyoneGroup(assignments: SegmentMembership): DeclaredGroup {
  const members = [...assignments.segmentByCustomer.keys()];
  return { label: 'all customers', size: members.length, members };
}

/** A group of the given customers (database ids), e.g. the at-risk ones or an export's rows. */
export function customersGroup(label: string, customerIds: Iterable<number>): DeclaredGroup {
  const members = [...new Set(customerIds)];
  return { label, size: members.length, members };
}
