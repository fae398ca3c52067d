/** Copies the given rows (by index, repeats allowed) out of column-major data. */
export function selectRows(columns: readonly Float64Array[], rowIndices: ArrayLike<number>): Float64Array[] {
  return columns.map((column) => {
    const selected = new Float64Array(rowIndices.length);
    for (let index = 0; index < rowIndices.length; index += 1)
      selected[index] = column[rowIndices[index] as number] as number;
    return selected;
  });
}
