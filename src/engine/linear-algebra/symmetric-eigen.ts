/** Eigen-decomposition of a symmetric matrix. */
export interface SymmetricEigen {
  /** Eigenvalues, largest first. */
  values: Float64Array;
  /** `size × size` row-major matrix whose column j is the unit eigenvector of `values[j]`. */
  vectors: Float64Array;
}

/**
 * Eigenvalues and eigenvectors of a symmetric `size × size` row-major matrix: Householder
 * reduction to tridiagonal form, then the implicit QL algorithm (EISPACK tred2/tql2, as in the
 * public-domain JAMA library). About 10·size³ flops, accurate to machine precision; meant for
 * the small matrices of PCA (covariances of up to a few hundred columns, Rayleigh–Ritz steps).
 * Only the upper triangle is read.
 */
export function symmetricEigen(matrix: Float64Array, size: number): SymmetricEigen {
  const n = size;
  const v = new Float64Array(n * n);
  for (let row = 0; row < n; row += 1) {
    for (let column = row; column < n; column += 1) {
      v[row * n + column] = matrix[row * n + column]!;
      v[column * n + row] = matrix[row * n + column]!;
    }
  }
  const d = new Float64Array(n);
  const e = new Float64Array(n);
  if (n > 0) {
    tridiagonalize(v, d, e, n);
    diagonalize(v, d, e, n);
  }
  const order = Array.from({ length: n }, (_, index) => index).sort((left, right) => d[right]! - d[left]!);
  const values = Float64Array.from(order, (index) => d[index]!);
  const vectors = new Float64Array(n * n);
  order.forEach((source, target) => {
    for (let row = 0; row < n; row += 1) vectors[row * n + target] = v[row * n + source]!;
  });
  return { values, vectors };
}

/** tred2: Householder reduction of v (in place) to tridiagonal d (diagonal), e (sub-diagonal). */
function tridiagonalize(v: Float64Array, d: Float64Array, e: Float64Array, n: number): void {
  const at = (row: number, column: number): number => row * n + column;
  for (let j = 0; j < n; j += 1) d[j] = v[at(n - 1, j)]!;
  for (let i = n - 1; i > 0; i -= 1) {
    let scale = 0;
    let h = 0;
    for (let k = 0; k < i; k += 1) scale += Math.abs(d[k]!);
    if (scale === 0) {
      e[i] = d[i - 1]!;
      for (let j = 0; j < i; j += 1) {
        d[j] = v[at(i - 1, j)]!;
        v[at(i, j)] = 0;
        v[at(j, i)] = 0;
      }
    } else {
      for (let k = 0; k < i; k += 1) {
        d[k]! /= scale;
        h += d[k]! * d[k]!;
      }
      let f = d[i - 1]!;
      let g = f > 0 ? -Math.sqrt(h) : Math.sqrt(h);
      e[i] = scale * g;
      h -= f * g;
      d[i - 1] = f - g;
      for (let j = 0; j < i; j += 1) e[j] = 0;
      for (let j = 0; j < i; j += 1) {
        f = d[j]!;
        v[at(j, i)] = f;
        g = e[j]! + v[at(j, j)]! * f;
        for (let k = j + 1; k <= i - 1; k += 1) {
          g += v[at(k, j)]! * d[k]!;
          e[k]! += v[at(k, j)]! * f;
        }
        e[j] = g;
      }
      f = 0;
      for (let j = 0; j < i; j += 1) {
        e[j]! /= h;
        f += e[j]! * d[j]!;
      }
      const hh = f / (h + h);
      for (let j = 0; j < i; j += 1) e[j]! -= hh * d[j]!;
      for (let j = 0; j < i; j += 1) {
        f = d[j]!;
        g = e[j]!;
        for (let k = j; k <= i - 1; k += 1) v[at(k, j)]! -= f * e[k]! + g * d[k]!;
        d[j] = v[at(i - 1, j)]!;
        v[at(i, j)] = 0;
      }
    }
    d[i] = h;
  }
  // Accumulate the transformations into v.
  for (let i = 0; i < n - 1; i += 1) {
    v[at(n - 1, i)] = v[at(i, i)]!;
    v[at(i, i)] = 1;
    const h = d[i + 1]!;
    if (h !== 0) {
      for (let k = 0; k <= i; k += 1) d[k] = v[at(k, i + 1)]! / h;
      for (let j = 0; j <= i; j += 1) {
        let g = 0;
        for (let k = 0; k <= i; k += 1) g += v[at(k, i + 1)]! * v[at(k, j)]!;
        for (let k = 0; k <= i; k += 1) v[at(k, j)]! -= g * d[k]!;
      }
    }
    for (let k = 0; k <= i; k += 1) v[at(k, i + 1)] = 0;
  }
  for (let j = 0; j < n; j += 1) {
    d[j] = v[at(n - 1, j)]!;
    v[at(n - 1, j)] = 0;
  }
  v[at(n - 1, n - 1)] = 1;
  e[0] = 0;
}

/** tql2: implicit QL iterations on the tridiagonal (d, e), rotating v into the eigenvectors. */
function diagonalize(v: Float64Array, d: Float64Array, e: Float64Array, n: number): void {
  for (let i = 1; i < n; i += 1) e[i - 1] = e[i]!;
  e[n - 1] = 0;
  let f = 0;
  let largest = 0;
  const epsilon = 2 ** -52;
  for (let l = 0; l < n; l += 1) {
    largest = Math.max(largest, Math.abs(d[l]!) + Math.abs(e[l]!));
    let m = l;
    while (m < n - 1 && Math.abs(e[m]!) > epsilon * largest) m += 1;
    if (m > l) {
      do {
        let g = d[l]!;
        let p = (d[l + 1]! - g) / (2 * e[l]!);
        let r = Math.hypot(p, 1);
        if (p < 0) r = -r;
        d[l] = e[l]! / (p + r);
        d[l + 1] = e[l]! * (p + r);
        const dl1 = d[l + 1]!;
        let h = g - d[l]!;
        for (let i = l + 2; i < n; i += 1) d[i]! -= h;
        f += h;
        p = d[m]!;
        let c = 1;
        let c2 = c;
        let c3 = c;
        const el1 = e[l + 1]!;
        let s = 0;
        let s2 = 0;
        for (let i = m - 1; i >= l; i -= 1) {
          c3 = c2;
          c2 = c;
          s2 = s;
          g = c * e[i]!;
          h = c * p;
          r = Math.hypot(p, e[i]!);
          e[i + 1] = s * r;
          s = e[i]! / r;
          c = p / r;
          p = c * d[i]! - s * g;
          d[i + 1] = h + s * (c * g + s * d[i]!);
          for (let k = 0; k < n; k += 1) {
            const index = k * n + i;
            h = v[index + 1]!;
            v[index + 1] = s * v[index]! + c * h;
            v[index] = c * v[index]! - s * h;
          }
        }
        p = (-s * s2 * c3 * el1 * e[l]!) / dl1;
        e[l] = s * p;
        d[l] = c * p;
      } while (Math.abs(e[l]!) > epsilon * largest);
    }
    d[l] = d[l]! + f;
    e[l] = 0;
  }
}
