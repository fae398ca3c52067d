import type { Language } from '../../core/language.ts';
import { imagenetClassConcepts, themeConcepts } from './imagenet-concept-table.ts';

/** The concepts of one ImageNet class: a broad one (dog, food, car…) and maybe a finer one (retriever). */
export interface ClassConcept {
  broad: string;
  fine: string | null;
}

const byLabel = new Map<string, number>();
imagenetClassConcepts.forEach(([, label], index) => {
  const key = label.toLowerCase().replaceAll('_', ' ');
  if (!byLabel.has(key)) byLabel.set(key, index);
});

/** The concepts of class `index` (0..999), or null outside the table. */
export function classConcept(index: number): ClassConcept | null {
  const row = imagenetClassConcepts[index];
  return row ? { broad: row[2], fine: row[3] } : null;
}

/**
 * The class index of a label as stored (`golden_retriever` or `golden retriever`), for runs stored
 * before themes kept class indices. Two classes share a label (crane, maillot): the first is taken,
 * which shares its broad concept or is as good a guess as the label allows.
 */
export function classIndexOfLabel(label: string): number | null {
  return byLabel.get(label.toLowerCase().replaceAll('_', ' ')) ?? null;
}

/** A concept's name in a language (「犬」, "dog"); the id itself for an unknown concept. */
export function conceptName(concept: string, language: Language): string {
  return themeConcepts[concept]?.[language] ?? concept;
}
