import { minimizeNelderMead, type NelderMeadOptions } from '../optimize/minimize-nelder-mead.ts';
import { ClvError } from '../engine-errors.ts';
import { engineWarning, type EngineWarning } from '../engine-warning.ts';

/** Range of plausible fitted parameters (dimensionless: the fits scale their data to unit size). */
export interface ParameterLimits {
  lower: number;
  upper: number;
}

/** What {@link maximizeLogLikelihood} needs to know about one model. */
export interface LogLikelihoodProblem {
  /** Name used in messages, e.g. 'BG/NBD'. */
  modelName: string;
  /** One name per parameter, in order, as shown to the user. */
  parameterNames: readonly string[];
  /** Total log-likelihood at positive parameters. */
  logLikelihood: (parameters: readonly number[]) => number;
  /** Positive starting parameters. */
  start: readonly number[];
  /** Per parameter: what an estimate running off to 0 / infinity usually means in the data. */
  ridgeReasons: Readonly<Record<string, string>>;
  limits: ParameterLimits;
  optimizer: Partial<NelderMeadOptions>;
  throwOnNonConvergence: boolean;
}

/** Estimates and optimiser bookkeeping returned by {@link maximizeLogLikelihood}. */
export interface LogLikelihoodMaximum {
  parameters: number[];
  logLikelihood: number;
  iterations: number;
  functionEvaluations: number;
  converged: boolean;
  warnings: EngineWarning[];
}

// The objective is +Infinity this far (a factor 100) beyond the limits, so the search cannot
// overflow, yet an estimate that stops there is still seen as having left the limits.
const fenceFactor = 100;

/**
 * Maximises a log-likelihood over positive parameters with Nelder–Mead on their logarithms, and
 * turns the ways such a fit fails into `ClvError`s: an estimate leaving `limits` (the likelihood
 * rises along a ridge to 0 or infinity, so the data cannot identify the model) is
 * `CLV_NOT_IDENTIFIABLE`, and the search is cut short as soon as that happens; an exhausted budget is
 * `CLV_NOT_CONVERGED` (or a warning when `throwOnNonConvergence` is false).
 */
export function maximizeLogLikelihood(problem: LogLikelihoodProblem): LogLikelihoodMaximum {
  const logLower = Math.log(problem.limits.lower);
  const logUpper = Math.log(problem.limits.upper);
  const fence = Math.log(fenceFactor);
  const outsideLimits = (logParameters: readonly number[]): boolean =>
    logParameters.some((value) => !(value >= logLower && value <= logUpper));
  const negativeLogLikelihood = (logParameters: readonly number[]): number => {
    if (logParameters.some((value) => value > logUpper + fence || value < logLower - fence))
      return Number.POSITIVE_INFINITY;
    return -problem.logLikelihood(logParameters.map(Math.exp));
  };
  const userStop = problem.optimizer.stopWhen;
  const outcome = minimizeNelderMead(negativeLogLikelihood, problem.start.map(Math.log), {
    ...problem.optimizer,
    stopWhen: (point, value) => outsideLimits(point) || (userStop?.(point, value) ?? false),
  });
  const parameters = outcome.point.map(Math.exp);

  parameters.forEach((value, index) => {
    if (value >= problem.limits.lower && value <= problem.limits.upper) return;
    const name = problem.parameterNames[index] ?? `parameter ${index}`;
    const estimates = Object.fromEntries(
      problem.parameterNames.map((parameterName, position) => [parameterName, parameters[position]]),
    );
    throw new ClvError(
      'CLV_NOT_IDENTIFIABLE',
      `${problem.modelName} estimate ${name} = ${value} runs off towards ${value > problem.limits.upper ? 'infinity' : '0'}, so the data cannot identify the model: ${problem.ridgeReasons[name] ?? 'the likelihood has no interior maximum'}. Fit on a larger or more varied cohort, or use a simpler summary for this segment.`,
      { parameter: name, value, estimates, limits: { ...problem.limits } },
    );
  });
  const warnings: EngineWarning[] = [];
  if (!outcome.converged) {
    const message = `${problem.modelName} optimiser stopped after ${outcome.iterations} iterations without meeting its tolerances; raise optimizer.maxIterations / maxFunctionEvaluations or check the data.`;
    if (problem.throwOnNonConvergence) {
      throw new ClvError('CLV_NOT_CONVERGED', message, {
        iterations: outcome.iterations,
        functionEvaluations: outcome.functionEvaluations,
      });
    }
    warnings.push(
      engineWarning('OPTIMIZER_NOT_CONVERGED', { model: problem.modelName, iterations: outcome.iterations }, message),
    );
  }
  return {
    parameters,
    logLikelihood: -outcome.value,
    iterations: outcome.iterations,
    functionEvaluations: outcome.functionEvaluations,
    converged: outcome.converged,
    warnings,
  };
}
