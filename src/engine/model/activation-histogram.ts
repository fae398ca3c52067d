/**
 * A running histogram of one activation tensor's values, for choosing its int8 quantisation range.
 *
 * Bins have equal width over [low, high]. When a value falls outside, the covered range doubles on that
 * side and pairs of bins merge, so bin edges stay aligned and no count is ever moved to the wrong bin.
 */
export class ActivationHistogram {
  readonly counts: Float64Array;
  low = 0;
  high = 0;
  min = Number.POSITIVE_INFINITY;
  max = Number.NEGATIVE_INFINITY;
  total = 0;
  /** Exact zeros (half of a ReLU output, typically): exactly representable, so they cost no error. */
  zeros = 0;

  constructor(readonly bins = 4096) {
    this.counts = new Float64Array(bins);
  }

  /** Adds every value of `values` (one image's activations, say). */
  add(values: Float32Array | readonly number[]): void {
    let min = Number.POSITIVE_INFINITY;
    let max = Number.NEGATIVE_INFINITY;
    for (let index = 0; index < values.length; index += 1) {
      const value = values[index]!;
      if (value < min) min = value;
      if (value > max) max = value;
    }
    if (values.length === 0) return;
    this.min = Math.min(this.min, min);
    this.max = Math.max(this.max, max);
    if (this.total === 0) {
      // Non-negative tensors (after ReLU) keep 0 as the lower edge, so their range search starts at 0.
      this.low = Math.min(min, 0);
      this.high = max > this.low ? max : this.low + 1e-6;
    }
    while (max > this.high) this.growUp();
    while (min < this.low) this.growDown();
    const width = (this.high - this.low) / this.bins;
    const last = this.bins - 1;
    for (let index = 0; index < values.length; index += 1) {
      const value = values[index]!;
      if (value === 0) {
        this.zeros += 1;
        continue;
      }
      const bin = Math.floor((value - this.low) / width);
      this.counts[bin > last ? last : Math.max(bin, 0)]! += 1;
    }
    this.total += values.length;
  }

  private growUp(): void {
    for (let bin = 0; bin < this.bins / 2; bin += 1)
      this.counts[bin] = this.counts[2 * bin]! + this.counts[2 * bin + 1]!;
    this.counts.fill(0, this.bins / 2);
    this.high = this.low + 2 * (this.high - this.low);
  }

  private growDown(): void {
    for (let bin = this.bins - 1; bin >= this.bins / 2; bin -= 1) {
      const source = 2 * bin - this.bins;
      this.counts[bin] = this.counts[source]! + this.counts[source + 1]!;
    }
    this.counts.fill(0, 0, this.bins / 2);
    this.low = this.high - 2 * (this.high - this.low);
  }
}

/** A chosen clipping range for 8-bit (256-level) quantisation of one tensor. */
export interface ClipRange {
  min: number;
  max: number;
}

/**
 * The clipping range with the least expected squared error for 256-level quantisation: values inside
 * [min, max] cost step²/12 (uniform rounding noise), values outside cost their distance to the edge.
 * Candidates shrink the observed range by a common factor (the lower edge stays 0 for ReLU outputs).
 * This is the "MSE" calibration of NVIDIA's integer-inference white paper (Wu et al. 2020), which keeps
 * ResNet-50 within ~0.1 point of fp32 where plain min/max loses several tenths.
 */
export function chooseClipRange(histogram: ActivationHistogram, levels = 256): ClipRange {
  if (histogram.total === 0) return { min: 0, max: 1 };
  const low = Math.min(0, histogram.min);
  const high = Math.max(0, histogram.max);
  const width = (histogram.high - histogram.low) / histogram.bins;
  let best: ClipRange = { min: low, max: high };
  let bestError = Number.POSITIVE_INFINITY;
  for (let step = 0; step <= 200; step += 1) {
    const factor = 1 - step * 0.004; // 1.0 down to 0.2 of the observed range
    const min = low * factor;
    const max = high * factor;
    if (max - min <= 0) continue;
    const quantum = (max - min) / (levels - 1);
    let error = 0;
    for (let bin = 0; bin < histogram.bins; bin += 1) {
      const count = histogram.counts[bin]!;
      if (count === 0) continue;
      const centre = histogram.low + (bin + 0.5) * width;
      if (centre > max) error += count * (centre - max) ** 2;
      else if (centre < min) error += count * (min - centre) ** 2;
      else error += (count * quantum * quantum) / 12;
    }
    if (error < bestError) {
      bestError = error;
      best = { min, max };
    }
  }
  return best;
}
