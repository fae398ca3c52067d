import type { DeclaredGroup } from '../declared-group.ts';
import type { Language } from '../../core/language.ts';
import type { GroupDifference, GroupSummary } from '../../engine/compare/compare-groups.ts';

/** One side of a comparison: a segment or the customers who posted in a theme. */
export interface ComparedGroup {
  id: number;
  /** The segment's descriptive name (id in brackets) or the theme's name, per language. */
  name: Record<Language, string>;
  summary: GroupSummary;
  /** Describable themes the group's customers post in most (the compared themes left out), per language. */
  topThemes: { theme: number; name: Record<Language, string>; share: number }[];
}

/** Result of compare_segments: two groups side by side and where they differ most. */
export interface CompareSegmentsData {
  kind: 'segment' | 'theme';
  runId: number;
  dataset: string;
  /** ISO 4217 code of the money figures. */
  currency: string;
  customerCount: number;
  first: ComparedGroup;
  second: ComparedGroup;
  /** Every measure both groups have (first / second). */
  measures: GroupDifference[];
  /** The measures that differ, furthest from equal first. */
  differences: GroupDifference[];
  /** Describable themes whose posting shares differ most. */
  themeDifferences: { theme: number; name: Record<Language, string>; first: number; second: number }[];
  /** Theme comparisons: customers who posted in both themes (they count in both groups). */
  overlap: number | null;
  groups: DeclaredGroup[];
}
