import type { PersonaPurchaseBehavior } from './planted-personas.ts';

/** What truth.json records per customer: the hidden persona and the planted response probability. */
export interface PlantedCustomerTruth {
  customerId: string;
  persona: string;
  responseProbability: number;
}

/** A persona as generated: its definition plus how many customers got it. */
export interface PlantedPersonaSummary {
  name: string;
  classes: readonly string[];
  purchases: PersonaPurchaseBehavior;
  responseEffect: number;
  customerCount: number;
}

/**
 * Contents of truth.json: everything an evaluation needs to score segments and predictions
 * against what was planted, and to regenerate the same files.
 */
export interface PlantedTruth {
  seed: number;
  /** Name of each persona, in the order of `personas`. */
  personaNames: readonly string[];
  personas: readonly PlantedPersonaSummary[];
  parameters: {
    customerCount: number;
    asOfDate: string;
    /** First day of the transaction and photo window (window = `windowDays` days up to asOfDate). */
    firstDate: string;
    windowDays: number;
    photoDirectory: string;
    photoPurity: number;
    minimumPhotos: number;
    maximumPhotos: number;
    personaShares: readonly number[];
    frequencyCoefficient: number;
    /** Mean and population sd of purchase counts used to standardise frequency. */
    frequencyMean: number;
    frequencyStandardDeviation: number;
  };
  /**
   * Mean over customers of max(p, 1 − p): the expected accuracy, on these customers, of the
   * Bayes-optimal rule that knows persona and frequency (predict 1 when p ≥ 0.5).
   */
  bayesAccuracy: number;
  /** The same rule scored against the drawn `responded` labels (varies around `bayesAccuracy`). */
  realisedBayesAccuracy: number;
  /** Share of customers with responded = 1. */
  responseRate: number;
  customers: readonly PlantedCustomerTruth[];
}
