/** Options of {@link minimizeNelderMead}. */
export interface NelderMeadOptions {
  /** Simplex iterations allowed over all runs together. */
  maxIterations: number;
  /** Objective evaluations allowed over all runs together. */
  maxFunctionEvaluations: number;
  /** Converged when every vertex lies within this distance (max-norm) of the best one… */
  pointTolerance: number;
  /** …and every vertex value within `valueTolerance × (1 + |best value|)` of the best one. */
  valueTolerance: number;
  /** Edge length of the initial simplex along each axis (absolute, in the point's units). */
  initialStep: number;
  /**
   * Fresh simplices built around the best point after convergence. A collapsed simplex can stall
   * on a slope (a known Nelder–Mead failure), so restarting until the value stops improving makes
   * the answer trustworthy.
   */
  restarts: number;
  /**
   * Checked on the best vertex after every iteration; returning true ends the search at once (e.g.
   * when an estimate has left the plausible region and further work is wasted). Undefined = never.
   */
  stopWhen: ((bestPoint: readonly number[], bestValue: number) => boolean) | undefined;
}

export const defaultNelderMeadOptions: NelderMeadOptions = {
  maxIterations: 20_000,
  maxFunctionEvaluations: 40_000,
  pointTolerance: 1e-9,
  valueTolerance: 1e-12,
  initialStep: 0.1,
  restarts: 5,
  stopWhen: undefined,
};

/** Outcome of {@link minimizeNelderMead}. */
export interface NelderMeadResult {
  point: number[];
  value: number;
  iterations: number;
  functionEvaluations: number;
  /** Runs started (1 + restarts actually used). */
  runs: number;
  /** Whether the last run met both tolerances before the iteration or evaluation budget ran out. */
  converged: boolean;
  /** Whether `stopWhen` ended the search. */
  stoppedEarly: boolean;
}

interface Vertex {
  point: number[];
  value: number;
}

/**
 * Minimises `objective` with the Nelder–Mead simplex method (standard coefficients: reflection 1,
 * expansion 2, contraction ½, shrink ½), restarting around the best point until a restart no longer
 * improves the value. Non-finite objective values (NaN included) count as +Infinity, so an
 * objective can fence off a region by returning Infinity there.
 */
export function minimizeNelderMead(
  objective: (point: readonly number[]) => number,
  initialPoint: readonly number[],
  options: Partial<NelderMeadOptions> = {},
): NelderMeadResult {
  const settings = { ...defaultNelderMeadOptions, ...options };
  let functionEvaluations = 0;
  const evaluate = (point: number[]): Vertex => {
    functionEvaluations += 1;
    const value = objective(point);
    return { point, value: Number.isNaN(value) ? Number.POSITIVE_INFINITY : value };
  };
  const budgetLeft = (iterations: number): boolean =>
    iterations < settings.maxIterations && functionEvaluations < settings.maxFunctionEvaluations;

  let best = evaluate([...initialPoint]);
  let iterations = 0;
  let runs = 0;
  let converged = false;
  let stoppedEarly = false;
  while (runs <= settings.restarts && budgetLeft(iterations) && !stoppedEarly) {
    runs += 1;
    const previousValue = best.value;
    const simplex: Vertex[] = [best];
    for (let axis = 0; axis < best.point.length; axis += 1) {
      const point = [...best.point];
      point[axis] = (point[axis] as number) + settings.initialStep;
      simplex.push(evaluate(point));
    }
    converged = false;
    while (budgetLeft(iterations)) {
      simplex.sort((left, right) => left.value - right.value);
      if (hasConverged(simplex, settings)) {
        converged = true;
        break;
      }
      const leader = simplex[0] as Vertex;
      if (settings.stopWhen?.(leader.point, leader.value)) {
        stoppedEarly = true;
        break;
      }
      iterations += 1;
      step(simplex, evaluate);
    }
    simplex.sort((left, right) => left.value - right.value);
    best = simplex[0] as Vertex;
    const improvement = previousValue - best.value;
    if (converged && runs > 1 && !(improvement > settings.valueTolerance * (1 + Math.abs(best.value)))) break;
  }
  return { point: best.point, value: best.value, iterations, functionEvaluations, runs, converged, stoppedEarly };
}

function hasConverged(simplex: readonly Vertex[], settings: NelderMeadOptions): boolean {
  const best = simplex[0] as Vertex;
  if (!Number.isFinite(best.value)) return false;
  const valueLimit = settings.valueTolerance * (1 + Math.abs(best.value));
  for (const vertex of simplex) {
    if (!(Math.abs(vertex.value - best.value) <= valueLimit)) return false;
    for (let axis = 0; axis < best.point.length; axis += 1) {
      if (Math.abs((vertex.point[axis] as number) - (best.point[axis] as number)) > settings.pointTolerance)
        return false;
    }
  }
  return true;
}

/** One Nelder–Mead move on a simplex sorted best first; replaces vertices in place. */
function step(simplex: Vertex[], evaluate: (point: number[]) => Vertex): void {
  const dimension = simplex.length - 1;
  const worst = simplex[dimension] as Vertex;
  const secondWorst = simplex[dimension - 1] as Vertex;
  const best = simplex[0] as Vertex;
  const centroid = new Array<number>(dimension).fill(0);
  for (let index = 0; index < dimension; index += 1) {
    const vertex = simplex[index] as Vertex;
    for (let axis = 0; axis < dimension; axis += 1)
      centroid[axis] = (centroid[axis] as number) + (vertex.point[axis] as number) / dimension;
  }
  // Points along the line from the worst vertex through the centroid: coefficient 1 = reflection.
  const along = (coefficient: number): number[] =>
    centroid.map((middle, axis) => middle + coefficient * (middle - (worst.point[axis] as number)));

  const reflected = evaluate(along(1));
  if (reflected.value < best.value) {
    const expanded = evaluate(along(2));
    simplex[dimension] = expanded.value < reflected.value ? expanded : reflected;
    return;
  }
  if (reflected.value < secondWorst.value) {
    simplex[dimension] = reflected;
    return;
  }
  const outside = reflected.value < worst.value;
  const contracted = evaluate(along(outside ? 0.5 : -0.5));
  if (contracted.value < (outside ? reflected.value : worst.value)) {
    simplex[dimension] = contracted;
    return;
  }
  for (let index = 1; index <= dimension; index += 1) {
    const vertex = simplex[index] as Vertex;
    simplex[index] = evaluate(
      vertex.point.map(
        (coordinate, axis) => (best.point[axis] as number) + 0.5 * (coordinate - (best.point[axis] as number)),
      ),
    );
  }
}
