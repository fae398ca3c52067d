/**
 * Names a group of photos by its most frequent classifier labels: "golden retriever / Labrador
 * retriever". Underscores become spaces so names read well in chat and charts.
 */
export function nameTheme(
  topLabels: readonly string[],
  shown = 2,
): { name: string; labels: { label: string; share: number }[] } {
  const counts = new Map<string, number>();
  for (const label of topLabels) {
    const readable = label.replaceAll('_', ' ');
    counts.set(readable, (counts.get(readable) ?? 0) + 1);
  }
  const labels = [...counts.entries()]
    .sort((left, right) => right[1] - left[1] || left[0].localeCompare(right[0]))
    .slice(0, 5)
    .map(([label, count]) => ({ label, share: count / Math.max(topLabels.length, 1) }));
  return {
    name:
      labels
        .slice(0, shown)
        .map((entry) => entry.label)
        .join(' / ') || 'unnamed',
    labels,
  };
}
