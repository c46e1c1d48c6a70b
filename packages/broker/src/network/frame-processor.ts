/**
 * The contract between a connection and the request path: the connection hands each frame over with its session and
 * learns, synchronously, whether the frame gets a response (so its place in the response order is taken at once) or
 * closes the connection. The request path (dispatch) implements it; the network layer knows nothing else of it.
 *
 * A frame is whatever the client sent under one int32 size prefix, and a response is written the same way. That is
 * a Kafka request, except on a SASL listener after a v0 SaslHandshake, where the client sends its SASL tokens raw
 * under the same prefix (no request header) and reads the server's tokens likewise, as Kafka's
 * SaslServerAuthenticator does. The connection does not tell the two apart: the listener's processor (the SASL stage
 * of the request path) knows which one it expects, and answers a raw token with a raw token.
 */
import type { BrokerNode } from '../broker-node';
import type { ClientSession } from '../client-session';

export type FrameOutcome =
  | { readonly kind: 'respond'; readonly response: Promise<readonly Buffer[] | null> }
  | { readonly kind: 'close'; readonly reason: string; readonly details: Record<string, unknown> };

export interface FrameProcessor {
  /** Never throws: every failure is an error response or a `close` with the reason to log. */
  process(frame: Buffer, session: ClientSession): FrameOutcome;
}

/** Where a listener records its broker identity as live once bound, and as gone once stopped (the cluster). */
export interface BrokerRegistry {
  registerBroker(node: BrokerNode): void;
  unregisterBroker(nodeId: number): void;
}
