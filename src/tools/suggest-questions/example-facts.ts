import type { Language } from '../../core/language.ts';

/** A describable segment an example may name: its label (id in brackets) per language and its size. */
export interface ExampleSegment {
  id: number;
  size: number;
  label: Record<Language, string>;
}

/**
 * What the examples may quote: aggregates of the dataset and its latest segmentation (all describable)
 * and the figures the user's question carried, already formatted for people.
 */
export interface ExampleFacts {
  customers: number;
  /** The segment the question named, else the most valuable describable one, else the largest; null before any segmentation. */
  segment: ExampleSegment | null;
  /** The discount the question named (0.2 for 20 %), or null. */
  discountRate: number | null;
  /** The budget the question named, formatted in the dataset currency per language, or null. */
  budget: Record<Language, string> | null;
  periodMonths: number | null;
}
