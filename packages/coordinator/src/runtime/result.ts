/**
 * What every coordinator operation returns (Kafka's CoordinatorResult): the records to append to the coordinator's
 * log and the response. The runtime appends the records before the response is released, so a caller never sees a
 * response whose records are not in the log.
 *
 * - `replay` (default true): apply each record to the state through `replay()` once it is appended. Offsets work this
 *   way, so the same code rebuilds them at start-up. Classic group operations mutate the group directly (as Kafka's
 *   do) and set it to false.
 * - `appended`: called with null once the records are in the log, or with the append error (Kafka's appendFuture);
 *   operations that must only take effect when durable (a leader's SyncGroup) act there.
 */
export interface CoordinatorResult<T, R> {
  readonly records: readonly R[];
  readonly response: T;
  readonly replay?: boolean;
  readonly appended?: (error: Error | null) => void;
}

export function result<T, R>(
  response: T,
  records: readonly R[] = [],
  options: { replay?: boolean; appended?: (error: Error | null) => void } = {},
): CoordinatorResult<T, R> {
  return { records, response, ...options };
}

/** An operation with nothing to append and nothing to answer (timer operations). */
export const EMPTY_RESULT: CoordinatorResult<void, never> = Object.freeze({ records: [], response: undefined });
