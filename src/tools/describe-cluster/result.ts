import type { DeclaredGroup } from '../declared-group.ts';
import type { SegmentProfile } from '../../engine/segments/profile-segments.ts';
import type { VisualTheme } from '../../engine/themes/find-visual-themes.ts';

/** Result of describe_cluster: one segment or one visual theme of a segmentation run. */
export type DescribeClusterData =
  | {
      kind: 'segment';
      runId: number;
      dataset: string;
      label: string;
      /** The dataset's currency (ISO 4217), for money in the views. */
      currency: string;
      segment: SegmentProfile;
      /** Customers in the whole run, for the segment's share. */
      customerCount: number;
      /** Names of the describable themes by id in the conversation's language (undefined for others). */
      themeNames: (string | undefined)[];
      /** Themes enough customers posted in to be named (see `describableThemes`); views mention no other. */
      describableThemeIds: number[];
      /** The z a theme share needs to be called standing out in this run (`minimumThemeZ`). */
      minimumThemeZ: number;
      groups: DeclaredGroup[];
    }
  | {
      kind: 'theme';
      runId: number;
      dataset: string;
      theme: VisualTheme & { customers: number };
      /** Segments by how much more than the base they post the theme; `label` is the segment's name (id in brackets). */
      segmentsOverIndexing: { segment: number; label: string; share: number; lift: number }[];
      groups: DeclaredGroup[];
    };
