import type { DeclaredGroup } from '../declared-group.ts';
import type { ThemeReach } from '../../engine/themes/compare-theme-reach.ts';
import type { Language } from '../../core/language.ts';

/** One describable theme's reach among the valuable customers and the other photo posters. */
export interface ThemeValueRow extends ThemeReach {
  /** How people read the theme's name, per language (「犬の写真」 / "dog photos"). */
  title: Record<Language, string>;
  /** Mean of the measure (CLV or spend) of the theme's posters and of the other photo posters; null for a 0/1 column or a side below the minimum. */
  meanValuePosters: number | null;
  meanValueOthers: number | null;
}

/** Result of compare_theme_value: aggregates only. */
export interface ThemeValueData {
  dataset: string;
  runId: number;
  currency: string;
  measure: 'lifetimeValue' | 'spend' | 'behavior';
  /** The 0/1 column for measure "behavior". */
  behavior: string | null;
  topShare: number;
  /** The CLV or spend from which a customer counts as valuable (null for a 0/1 column). */
  threshold: number | null;
  /** Customers with at least one photo in a theme and a known measure: the comparison's base. */
  photoCustomers: number;
  valuablePhotoCustomers: number;
  /** Customers without photos (or without a known measure), not in the comparison. */
  leftOut: number;
  minimumGroupSize: number;
  /** False when the valuable or the other photo posters are fewer than the minimum: no theme is compared. */
  describable: boolean;
  /** Describable themes, highest lift first. */
  themes: ThemeValueRow[];
  /** Themes too few customers posted to be named (never listed). */
  withheldThemes: number;
  groups: DeclaredGroup[];
}
