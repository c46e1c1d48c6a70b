/**
 * The error a response carries, as far as it is cheap to know: the top-level `errorCode` most APIs have, and for
 * Produce and Fetch (whose errors are per partition) the first partition's error. Other per-topic and per-partition
 * errors are not looked for: walking every response shape would cost more than the count is worth.
 */
import type { FetchResponse, ProduceResponse } from '@samsa/protocol';

const PRODUCE = 0;
const FETCH = 1;

/** 0 when the response carries no error this function looks for. */
export function responseErrorCode(apiKey: number, response: unknown): number {
  if (typeof response !== 'object' || response === null) return 0;
  const top = (response as { errorCode?: unknown }).errorCode;
  if (typeof top === 'number' && top !== 0) return top;
  if (apiKey === PRODUCE) {
    for (const t of (response as ProduceResponse).responses) {
      for (const p of t.partitionResponses) if (p.errorCode !== 0) return p.errorCode;
    }
  } else if (apiKey === FETCH) {
    for (const t of (response as FetchResponse).responses) {
      for (const p of t.partitions) if (p.errorCode !== 0) return p.errorCode;
    }
  }
  return 0;
}
