/** The response probabilities and the standardisation they used. */
export interface ResponseProbabilities {
  probabilities: Float64Array;
  frequencyMean: number;
  /** Population standard deviation of the frequencies; 0 when all are equal. */
  frequencyStandardDeviation: number;
}

/**
 * The planted behavior model:
 *
 *   P(responded = 1) = sigmoid(effect[persona] + coefficient · z),
 *   z = (frequency − mean(frequency)) / sd(frequency),
 *
 * with `frequency` the customer's number of purchases in the window and mean/sd taken over the
 * generated customers (population sd; z = 0 when every customer has the same frequency). The
 * persona term is what the photos reveal and the frequency term what RFM reveals, so a model
 * needs both to approach the Bayes accuracy.
 *
 * @param personaEffects per customer, the log-odds effect of their persona.
 * @param frequencies per customer, the number of purchases.
 */
export function computeResponseProbabilities(
  personaEffects: ArrayLike<number>,
  frequencies: ArrayLike<number>,
  coefficient: number,
): ResponseProbabilities {
  const count = frequencies.length;
  let total = 0;
  for (let index = 0; index < count; index += 1) total += frequencies[index] as number;
  const frequencyMean = count > 0 ? total / count : 0;
  let squares = 0;
  for (let index = 0; index < count; index += 1) squares += ((frequencies[index] as number) - frequencyMean) ** 2;
  const frequencyStandardDeviation = count > 0 ? Math.sqrt(squares / count) : 0;
  const probabilities = new Float64Array(count);
  for (let index = 0; index < count; index += 1) {
    const standardised =
      frequencyStandardDeviation > 0
        ? ((frequencies[index] as number) - frequencyMean) / frequencyStandardDeviation
        : 0;
    const logOdds = (personaEffects[index] as number) + coefficient * standardised;
    probabilities[index] = 1 / (1 + Math.exp(-logOdds));
  }
  return { probabilities, frequencyMean, frequencyStandardDeviation };
}
