import { describe, expect, it } from 'vitest';
import { classConcept, classIndexOfLabel } from '../../../src/engine/themes/class-concept.ts';
import { imagenetClassConcepts, themeConcepts } from '../../../src/engine/themes/imagenet-concept-table.ts';

const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/u;

describe('the ImageNet concept table', () => {
  it('maps every one of the 1000 classes, in WordNet-id order, to known concepts of the right level', () => {
    expect(imagenetClassConcepts).toHaveLength(1000);
    const wnids = imagenetClassConcepts.map(([wnid]) => wnid);
    expect([...wnids].sort()).toEqual(wnids);
    expect(new Set(wnids).size).toBe(1000);
    for (const [wnid, label, broad, fine] of imagenetClassConcepts) {
      expect(wnid).toMatch(/^n\d{8}$/);
      expect(label.length).toBeGreaterThan(0);
      expect(themeConcepts[broad]?.level, `${label} → ${broad}`).toBe('broad');
      if (fine !== null) expect(themeConcepts[fine]?.level, `${label} → ${fine}`).toBe('fine');
    }
  });

  it('gives every concept a Japanese and an English name', () => {
    for (const [id, concept] of Object.entries(themeConcepts)) {
      expect(concept.ja, id).toMatch(japanese);
      expect(concept.en, id).toMatch(/^[a-z][a-z ]*$/);
    }
  });

  it('puts known classes under the concept a person would name (indices from the Keras class list)', () => {
    const expected: [number, string, string, string | null][] = [
      [0, 'tench', 'fish', null],
      [11, 'goldfinch', 'bird', 'songbird'],
      [22, 'bald_eagle', 'bird', 'bird-of-prey'],
      [134, 'crane', 'bird', null],
      [172, 'whippet', 'dog', 'hound'],
      [207, 'golden_retriever', 'dog', 'retriever'],
      [281, 'tabby', 'cat', null],
      [291, 'lion', 'wild-cat', null],
      [402, 'acoustic_guitar', 'musical-instrument', null],
      [515, 'cowboy_hat', 'hat', null],
      [517, 'crane', 'device', null],
      [770, 'running_shoe', 'footwear', null],
      [817, 'sports_car', 'car', null],
      [954, 'banana', 'fruit', null],
      [963, 'pizza', 'dish', null],
    ];
    for (const [index, label, broad, fine] of expected) {
      expect(imagenetClassConcepts[index]![1]).toBe(label);
      expect(classConcept(index)).toEqual({ broad, fine });
    }
    // All 118 dog breeds (classes 151–268) are dogs, whatever else WordNet files them under.
    for (let index = 151; index <= 268; index += 1) expect(classConcept(index)?.broad).toBe('dog');
    expect(classConcept(1000)).toBeNull();
  });

  it('finds a class from a stored label, with or without underscores', () => {
    expect(classIndexOfLabel('golden_retriever')).toBe(207);
    expect(classIndexOfLabel('Golden Retriever')).toBe(207);
    expect(classIndexOfLabel('no such thing')).toBeNull();
  });
});
