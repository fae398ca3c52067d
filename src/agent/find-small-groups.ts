/**
 * A customer group a tool's output describes. Tools declare them in their `data` as
 * `{ groups: DeclaredGroup[] }` (e.g. one entry per segment in a segmentation, one for the segment a
 * description or campaign is about), so the tool runner can enforce the minimum group size without
 * knowing each tool.
 */
export interface DeclaredGroup {
  label: string;
  size: number;
}

/** What a tool output declares about the groups it describes. */
export interface GroupCheck {
  /** Groups below the minimum size. */
  small: DeclaredGroup[];
  /** True when `data.groups` exists but is not a list of `{ label, size }`: treated as a violation. */
  malformed: boolean;
}

/**
 * Checks `data.groups` against the minimum group size. Data without a `groups` key declares no
 * groups and passes; a `groups` key that cannot be read fails closed (`malformed`).
 */
export function findSmallGroups(data: unknown, minimumSize: number): GroupCheck {
  if (data === null || typeof data !== 'object' || !('groups' in data)) return { small: [], malformed: false };
  const groups = (data as { groups: unknown }).groups;
  if (!Array.isArray(groups)) return { small: [], malformed: true };
  const small: DeclaredGroup[] = [];
  for (const group of groups) {
    if (group === null || typeof group !== 'object') return { small, malformed: true };
    const { label, size } = group as { label?: unknown; size?: unknown };
    if (typeof size !== 'number' || !Number.isFinite(size) || size < 0) return { small, malformed: true };
    if (size < minimumSize) small.push({ label: typeof label === 'string' ? label : String(label), size });
  }
  return { small, malformed: false };
}
