import type { DeclaredGroup } from '../tools/declared-group.ts';

export type { DeclaredGroup } from '../tools/declared-group.ts';

/** What a tool output declares about the groups it describes. */
export interface GroupCheck {
  /** Every declared group, when readable (for the differencing check). */
  groups: DeclaredGroup[];
  /** Groups below the minimum size. */
  small: DeclaredGroup[];
  /**
   * True when `data.groups` exists but is not a list of `{ label, size, members }` (members: `size`
   * customer ids, or `'counted'`): treated as a violation.
   */
  malformed: boolean;
}

/**
 * Checks `data.groups` against the minimum group size. Data without a `groups` key declares no
 * groups and passes; a `groups` key that cannot be read fails closed (`malformed`), and so does a
 * group whose members are missing or do not number `size`, so a tool cannot skip the differencing
 * check by leaving its members out.
 */
export function findSmallGroups(data: unknown, minimumSize: number): GroupCheck {
  const none: GroupCheck = { groups: [], small: [], malformed: false };
  if (data === null || typeof data !== 'object' || !('groups' in data)) return none;
  const declared = (data as { groups: unknown }).groups;
  if (!Array.isArray(declared)) return { ...none, malformed: true };
  const groups: DeclaredGroup[] = [];
  const small: DeclaredGroup[] = [];
  for (const group of declared) {
    if (group === null || typeof group !== 'object') return { groups, small, malformed: true };
    const { label, size, members } = group as { label?: unknown; size?: unknown; members?: unknown };
    if (typeof size !== 'number' || !Number.isFinite(size) || size < 0) return { groups, small, malformed: true };
    const readable =
      members === 'counted' ||
      (Array.isArray(members) &&
        members.length === size &&
        members.every((member) => typeof member === 'number' && Number.isInteger(member)));
    if (!readable) return { groups, small, malformed: true };
    const checked: DeclaredGroup = {
      label: typeof label === 'string' ? label : String(label),
      size,
      members: members as DeclaredGroup['members'],
    };
    groups.push(checked);
    if (size < minimumSize) small.push(checked);
  }
  return { groups, small, malformed: false };
}
