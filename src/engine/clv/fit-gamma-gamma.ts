import { defaultNelderMeadOptions, type NelderMeadOptions } from '../optimize/minimize-nelder-mead.ts';
import { maximizeLogLikelihood, type ParameterLimits } from './maximize-log-likelihood.ts';
import { ClvError } from '../engine-errors.ts';
import { validateCustomerSummaries, type CustomerSpendSummary } from './customer-summary.ts';
import { GammaGammaModel, type GammaGammaParameters } from './gamma-gamma-model.ts';
import { engineWarning, type EngineWarning } from '../engine-warning.ts';
import { groupDigits } from '../../core/format/format-count.ts';

/** Options of {@link fitGammaGamma}. */
export interface GammaGammaFitOptions {
  /** Fewer repeat buyers than this cannot identify p, q and gamma; the fit refuses to run. */
  minimumRepeatBuyers: number;
  /** Starting point; gamma in the currency's unit. Undefined = p = q = 1, gamma = mean spend. */
  initialParameters: GammaGammaParameters | undefined;
  /** Fitted p, q and gamma / mean spend outside these bounds mean the data do not pin them down. */
  parameterLimits: ParameterLimits;
  /** Nelder–Mead settings (merged over this default's), on log-parameters. */
  optimizer: Partial<NelderMeadOptions>;
  /** Throw `CLV_NOT_CONVERGED` when the optimiser runs out of budget (otherwise: converged false + warning). */
  throwOnNonConvergence: boolean;
  /**
   * The model assumes spend per transaction is independent of purchase frequency; above this
   * |Pearson correlation| between x and z̄ the result carries a warning.
   */
  correlationWarningThreshold: number;
}

export const defaultGammaGammaFitOptions: GammaGammaFitOptions = {
  minimumRepeatBuyers: 10,
  initialParameters: undefined,
  parameterLimits: { lower: 1e-6, upper: 1e6 },
  optimizer: { ...defaultNelderMeadOptions, initialStep: 0.5, pointTolerance: 1e-8 },
  throwOnNonConvergence: true,
  correlationWarningThreshold: 0.3,
};

/** Maximum-likelihood Gamma-Gamma estimates with the optimiser's bookkeeping. */
export interface GammaGammaFitResult extends GammaGammaParameters {
  /** Total log-likelihood of the repeat buyers' mean spends, in the currency's own unit. */
  logLikelihood: number;
  iterations: number;
  functionEvaluations: number;
  converged: boolean;
  /** Customers with frequency > 0, the only ones that inform the fit. */
  repeatBuyerCount: number;
  /** Pearson correlation of frequency and monetary value among repeat buyers. */
  frequencySpendCorrelation: number;
  warnings: EngineWarning[];
}

/**
 * Fits the Gamma-Gamma spend model by maximum likelihood on the repeat buyers among `customers`
 * (customers with frequency 0 are skipped, as their mean repeat spend does not exist). Spends are
 * divided by their mean first, so the search is the same in any currency.
 *
 * @throws ClvError `CLV_INVALID_INPUT`, `CLV_NOT_IDENTIFIABLE` (too few repeat buyers, estimates
 *   running off to 0 / infinity, e.g. when every repeat buyer spends the same), `CLV_NOT_CONVERGED`.
 */
export function fitGammaGamma(
  customers: readonly CustomerSpendSummary[],
  options: Partial<GammaGammaFitOptions> = {},
): GammaGammaFitResult {
  const settings = { ...defaultGammaGammaFitOptions, ...options };
  validateCustomerSummaries(customers, { timing: false, spend: true });
  const buyers = customers.filter((customer) => customer.frequency > 0);
  if (buyers.length < settings.minimumRepeatBuyers) {
    throw new ClvError(
      'CLV_NOT_IDENTIFIABLE',
      `Gamma-Gamma needs at least ${groupDigits(settings.minimumRepeatBuyers)} customers with a repeat purchase (frequency > 0) and their mean repeat spend, got ${buyers.length}. Use a longer period or a larger cohort, or fall back to the plain average order value.`,
      { repeatBuyerCount: buyers.length, minimumRepeatBuyers: settings.minimumRepeatBuyers },
    );
  }

  const scale = buyers.reduce((total, customer) => total + customer.monetaryValue, 0) / buyers.length;
  const scaled = buyers.map((customer) => ({
    frequency: customer.frequency,
    monetaryValue: customer.monetaryValue / scale,
  }));
  const initial = settings.initialParameters ?? { p: 1, q: 1, gamma: scale };
  const flatSpend = 'repeat buyers spend (nearly) the same amount, so spend heterogeneity cannot be estimated';
  const maximum = maximizeLogLikelihood({
    modelName: 'Gamma-Gamma',
    parameterNames: ['p', 'q', 'gamma / mean spend'],
    logLikelihood: ([p, q, gamma]) =>
      new GammaGammaModel({ p: p as number, q: q as number, gamma: gamma as number }).totalLogLikelihood(scaled),
    start: [initial.p, initial.q, initial.gamma / scale],
    ridgeReasons: { p: flatSpend, q: flatSpend, 'gamma / mean spend': flatSpend },
    limits: settings.parameterLimits,
    optimizer: { ...defaultGammaGammaFitOptions.optimizer, ...options.optimizer },
    throwOnNonConvergence: settings.throwOnNonConvergence,
  });
  const [p, q, scaledGamma] = maximum.parameters as [number, number, number];
  const warnings = maximum.warnings;
  if (q <= 1) {
    warnings.push(
      engineWarning(
        'SPEND_MEAN_INFINITE',
        { q },
        `q = ${q} ≤ 1: the population mean spend is infinite, so customers without repeat purchases get no spend forecast.`,
      ),
    );
  }
  const correlation = pearsonCorrelation(
    buyers.map((customer) => customer.frequency),
    buyers.map((customer) => customer.monetaryValue),
  );
  if (Math.abs(correlation) > settings.correlationWarningThreshold) {
    warnings.push(
      engineWarning(
        'SPEND_FREQUENCY_CORRELATED',
        { correlation },
        `Frequency and mean spend correlate (r = ${correlation.toFixed(3)}); the Gamma-Gamma model assumes they are independent, so spend forecasts may be biased.`,
      ),
    );
  }
  // Scaling every z̄ by s subtracts ln s from each repeat buyer's log-density.
  return {
    p,
    q,
    gamma: scaledGamma * scale,
    logLikelihood: maximum.logLikelihood - buyers.length * Math.log(scale),
    iterations: maximum.iterations,
    functionEvaluations: maximum.functionEvaluations,
    converged: maximum.converged,
    repeatBuyerCount: buyers.length,
    frequencySpendCorrelation: correlation,
    warnings,
  };
}

/** Pearson correlation; 0 when either side has no spread (nothing to warn about). */
function pearsonCorrelation(left: readonly number[], right: readonly number[]): number {
  const count = left.length;
  const leftMean = left.reduce((total, value) => total + value, 0) / count;
  const rightMean = right.reduce((total, value) => total + value, 0) / count;
  let covariance = 0;
  let leftSquares = 0;
  let rightSquares = 0;
  for (let index = 0; index < count; index += 1) {
    const leftDeviation = (left[index] as number) - leftMean;
    const rightDeviation = (right[index] as number) - rightMean;
    covariance += leftDeviation * rightDeviation;
    leftSquares += leftDeviation * leftDeviation;
    rightSquares += rightDeviation * rightDeviation;
  }
  if (leftSquares === 0 || rightSquares === 0) return 0;
  return covariance / Math.sqrt(leftSquares * rightSquares);
}
