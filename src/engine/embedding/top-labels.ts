/** A class index, its name and probability. */
export interface LabelScore {
  index: number;
  label: string;
  probability: number;
}

/** The `k` most probable classes, best first (a partial selection: no full sort of 1000 scores). */
export function topLabels(probabilities: ArrayLike<number>, labels: readonly string[], k: number): LabelScore[] {
  const best: LabelScore[] = [];
  for (let index = 0; index < probabilities.length; index += 1) {
    const probability = probabilities[index]!;
    if (best.length === k && probability <= best[k - 1]!.probability) continue;
    let position = best.length === k ? k - 1 : best.length;
    while (position > 0 && best[position - 1]!.probability < probability) position -= 1;
    best.splice(position, 0, { index, label: labels[index] ?? `class ${index}`, probability });
    if (best.length > k) best.pop();
  }
  return best;
}
