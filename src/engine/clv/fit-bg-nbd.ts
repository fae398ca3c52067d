import { defaultNelderMeadOptions, type NelderMeadOptions } from '../optimize/minimize-nelder-mead.ts';
import { BgNbdModel, type BgNbdParameters } from './bg-nbd-model.ts';
import { ClvError } from '../engine-errors.ts';
import { compressCustomerSummaries } from './compress-customer-summaries.ts';
import { validateCustomerSummaries, type CustomerSummary } from './customer-summary.ts';
import { maximizeLogLikelihood, type ParameterLimits } from './maximize-log-likelihood.ts';
import type { EngineWarning } from '../engine-warning.ts';
import { groupDigits } from '../../core/format/format-count.ts';

/** Options of {@link fitBgNbd}. */
export interface BgNbdFitOptions {
  /** Fewer customers than this cannot identify four parameters; the fit refuses to run. */
  minimumCustomers: number;
  /** Fewer customers with a repeat purchase than this leave the dropout process unidentified. */
  minimumRepeatBuyers: number;
  /**
   * Starting point; alpha in the data's time unit. Undefined = r = a = b = 1 and alpha = mean age,
   * a neutral start at the data's own time scale.
   */
  initialParameters: BgNbdParameters | undefined;
  /** Fitted r, a, b and alpha / mean age outside these bounds mean the data do not pin them down. */
  parameterLimits: ParameterLimits;
  /** Nelder–Mead settings (merged over this default's); the search runs on log-parameters so they stay positive. */
  optimizer: Partial<NelderMeadOptions>;
  /** Throw `CLV_NOT_CONVERGED` when the optimiser runs out of budget (otherwise: converged false + warning). */
  throwOnNonConvergence: boolean;
  /**
   * Standard deviation of a weak normal prior on ln a and ln b; null (default) fits pure maximum
   * likelihood. With a prior the fit is a MAP estimate that keeps a and b finite when the data cannot
   * tell how dropout varies between customers (the likelihood then rises forever along a ridge).
   */
  dropoutPriorStandardDeviation: number | null;
}

export const defaultBgNbdFitOptions: BgNbdFitOptions = {
  minimumCustomers: 10,
  minimumRepeatBuyers: 3,
  initialParameters: undefined,
  parameterLimits: { lower: 1e-6, upper: 1e6 },
  optimizer: { ...defaultNelderMeadOptions, initialStep: 0.5, pointTolerance: 1e-8 },
  throwOnNonConvergence: true,
  dropoutPriorStandardDeviation: null,
};

/** Maximum-likelihood BG/NBD estimates with the optimiser's bookkeeping. */
export interface BgNbdFitResult extends BgNbdParameters {
  /** Total log-likelihood at the estimates, in the data's own time unit. */
  logLikelihood: number;
  iterations: number;
  functionEvaluations: number;
  converged: boolean;
  customerCount: number;
  repeatBuyerCount: number;
  warnings: EngineWarning[];
}

/**
 * Fits the BG/NBD model by maximum likelihood with a restarted Nelder–Mead search on
 * (ln r, ln alpha, ln a, ln b). Times are divided by the mean age first, so the search is the same
 * whatever the time unit; alpha and the log-likelihood are converted back afterwards.
 *
 * @throws ClvError `CLV_INVALID_INPUT` (bad row), `CLV_NOT_IDENTIFIABLE` (too few customers or repeat
 *   buyers, or estimates running off to 0 / infinity), `CLV_NOT_CONVERGED`.
 */
export function fitBgNbd(
  customers: readonly CustomerSummary[],
  options: Partial<BgNbdFitOptions> = {},
): BgNbdFitResult {
  const settings = { ...defaultBgNbdFitOptions, ...options };
  validateCustomerSummaries(customers, { timing: true, spend: false });
  const repeatBuyerCount = customers.filter((customer) => customer.frequency > 0).length;
  if (customers.length < settings.minimumCustomers) {
    throw new ClvError(
      'CLV_NOT_IDENTIFIABLE',
      `BG/NBD needs at least ${groupDigits(settings.minimumCustomers)} customers to estimate r, alpha, a and b, got ${customers.length}. Fit on a larger cohort.`,
      { customerCount: customers.length, minimumCustomers: settings.minimumCustomers },
    );
  }
  if (repeatBuyerCount < settings.minimumRepeatBuyers) {
    throw new ClvError(
      'CLV_NOT_IDENTIFIABLE',
      `BG/NBD needs at least ${groupDigits(settings.minimumRepeatBuyers)} customers with a repeat purchase (frequency > 0), got ${repeatBuyerCount} of ${customers.length}: without repeat purchases neither purchase rates nor dropout can be estimated. Use a longer calibration period or a larger cohort.`,
      { customerCount: customers.length, repeatBuyerCount, minimumRepeatBuyers: settings.minimumRepeatBuyers },
    );
  }

  const scale = customers.reduce((total, customer) => total + customer.age, 0) / customers.length;
  // Customers with the same history are one weighted row: the same likelihood at a fraction of the cost.
  const distinct = compressCustomerSummaries(customers);
  const scaled = distinct.summaries.map((customer) => ({
    frequency: customer.frequency,
    recency: customer.recency / scale,
    age: customer.age / scale,
  }));
  const initial = settings.initialParameters ?? { r: 1, alpha: scale, a: 1, b: 1 };
  const dropoutRidge = 'dropout looks identical across customers (a and b grow together) or absent';
  const rateRidge = 'purchase rates look identical across customers (r and alpha grow together)';
  const maximum = maximizeLogLikelihood({
    modelName: 'BG/NBD',
    parameterNames: ['r', 'alpha / mean age', 'a', 'b'],
    logLikelihood: ([r, alpha, a, b]) =>
      new BgNbdModel({ r: r as number, alpha: alpha as number, a: a as number, b: b as number }).totalLogLikelihood(
        scaled,
        distinct.weights,
      ) + dropoutLogPrior(a as number, b as number, settings.dropoutPriorStandardDeviation),
    start: [initial.r, initial.alpha / scale, initial.a, initial.b],
    ridgeReasons: { r: rateRidge, 'alpha / mean age': rateRidge, a: dropoutRidge, b: dropoutRidge },
    limits: settings.parameterLimits,
    optimizer: { ...defaultBgNbdFitOptions.optimizer, ...options.optimizer },
    throwOnNonConvergence: settings.throwOnNonConvergence,
  });
  const [r, scaledAlpha, a, b] = maximum.parameters as [number, number, number, number];
  // Scaling times by s adds x·ln s to each customer's log-likelihood (the density is per unit time).
  const totalFrequency = customers.reduce((total, customer) => total + customer.frequency, 0);
  return {
    r,
    alpha: scaledAlpha * scale,
    a,
    b,
    logLikelihood: maximum.logLikelihood - totalFrequency * Math.log(scale),
    iterations: maximum.iterations,
    functionEvaluations: maximum.functionEvaluations,
    converged: maximum.converged,
    customerCount: customers.length,
    repeatBuyerCount,
    warnings: maximum.warnings,
  };
}

function dropoutLogPrior(a: number, b: number, standardDeviation: number | null): number {
  if (standardDeviation === null) return 0;
  return -(Math.log(a) ** 2 + Math.log(b) ** 2) / (2 * standardDeviation ** 2);
}
