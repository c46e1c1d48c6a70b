/**
 * The client's failures. A broker's answer becomes a `BrokerError`: Kafka's error name and message plus the broker that
 * answered, so a tool can print one line in Kafka's words. A broker that cannot be reached, or does not answer within
 * the request timeout, is a `ConnectionError`; an API or version the broker does not serve is `UnsupportedApiError`.
 */
import { ErrorCode, errorInfo, isErrorName, KafkaError, type ErrorName } from '@samsa/protocol';

/** Where an answer came from: `broker 2 (127.0.0.1:9093)`, or the bootstrap address before ids are known. */
export interface BrokerAddress {
  readonly nodeId: number | null;
  readonly host: string;
  readonly port: number;
}

export function describeBroker(b: BrokerAddress): string {
  return b.nodeId === null || b.nodeId < 0 ? `${b.host}:${b.port}` : `broker ${b.nodeId} (${b.host}:${b.port})`;
}

export class BrokerError extends KafkaError {
  override name = 'BrokerError';
  readonly broker: BrokerAddress | null;
  /** What the request was about (a topic, `orders/3`, a group), when the error is per resource. */
  readonly resource: string | null;

  constructor(
    errorName: ErrorName,
    detail: string | null,
    broker: BrokerAddress | null,
    resource: string | null = null,
  ) {
    const base = detail ?? errorInfo(ErrorCode[errorName])?.message ?? errorName;
    super(errorName, base);
    this.broker = broker;
    this.resource = resource;
  }

  /** `orders/3: NOT_LEADER_OR_FOLLOWER: For requests intended only for the leader, ... (broker 2 (127.0.0.1:9093))` */
  describe(): string {
    const where = this.broker === null ? '' : ` (${describeBroker(this.broker)})`;
    return `${this.resource === null ? '' : `${this.resource}: `}${this.errorName}: ${this.message}${where}`;
  }
}

/** A BrokerError for a wire code; null for NONE. Unknown codes keep their number in the message. */
export function errorFromCode(
  code: number,
  message: string | null | undefined,
  broker: BrokerAddress | null,
  resource: string | null = null,
): BrokerError | null {
  if (code === ErrorCode.NONE) return null;
  const name = errorInfo(code)?.name;
  if (name !== undefined && isErrorName(name)) return new BrokerError(name, message ?? null, broker, resource);
  return new BrokerError(
    'UNKNOWN_SERVER_ERROR',
    `error code ${code}${message ? `: ${message}` : ''}`,
    broker,
    resource,
  );
}

/** Throws the BrokerError for a non-zero code. */
export function throwIfError(
  code: number,
  message: string | null | undefined,
  broker: BrokerAddress | null,
  resource: string | null = null,
): void {
  const err = errorFromCode(code, message, broker, resource);
  if (err !== null) throw err;
}

export class ConnectionError extends Error {
  override name = 'ConnectionError';
  readonly broker: BrokerAddress;
  /** Whether a new connection may succeed (a dropped or timed-out one); refused TLS or SASL is final. */
  readonly retriable: boolean;

  constructor(broker: BrokerAddress, message: string, retriable = true, options?: ErrorOptions) {
    super(`${describeBroker(broker)}: ${message}`, options);
    this.broker = broker;
    this.retriable = retriable;
  }
}

export class UnsupportedApiError extends Error {
  override name = 'UnsupportedApiError';
  constructor(broker: BrokerAddress, api: string, wanted: string) {
    super(`${describeBroker(broker)} does not serve ${api} ${wanted}`);
  }
}

/** Whether an operation may be retried after refreshing metadata or reconnecting. */
export function isRetriable(err: unknown): boolean {
  if (err instanceof KafkaError) return err.retriable || REFRESH_ERRORS.has(err.errorName);
  return err instanceof ConnectionError && err.retriable;
}

/** Errors that mean the client's picture of the cluster is stale: refresh metadata or the coordinator, then retry. */
export const REFRESH_ERRORS: ReadonlySet<ErrorName> = new Set<ErrorName>([
  'NOT_LEADER_OR_FOLLOWER',
  'LEADER_NOT_AVAILABLE',
  'UNKNOWN_TOPIC_OR_PARTITION',
  'NOT_COORDINATOR',
  'COORDINATOR_NOT_AVAILABLE',
  'COORDINATOR_LOAD_IN_PROGRESS',
  'NOT_CONTROLLER',
  'FENCED_LEADER_EPOCH',
  'UNKNOWN_LEADER_EPOCH',
  'REPLICA_NOT_AVAILABLE',
  'KAFKA_STORAGE_ERROR',
  'REQUEST_TIMED_OUT',
  'NETWORK_EXCEPTION',
]);
