/** A caveat on an ROI or A/B result; never fatal. */
export interface RoiWarning {
  /** Stable machine-readable code, e.g. `BREAK_EVEN_UNREACHABLE`. */
  readonly code: string;
  /** Plain-language explanation with what to do about it. */
  readonly message: string;
}
