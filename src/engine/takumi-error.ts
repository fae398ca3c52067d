/** @deprecated Import from src/core/takumi-error.ts (shim for open branches; removed with issue 8). */
export { TakumiError, toTakumiError } from '../core/takumi-error.ts';
