/**
 * One SASL exchange on the server side (Java's `SaslServer` as Kafka uses it): `evaluate` takes the client's next
 * token and answers the server's, until the exchange completes with the name of the authenticated client.
 *
 * Failures are thrown as `SaslFailure`. `clientMessage` is what the client is told (Kafka's
 * SaslAuthenticationException text); a failure without one is answered with Kafka's fixed message ("Authentication
 * failed during authentication due to invalid credentials with SASL mechanism X"), as Kafka does for a plain
 * SaslException so as not to tell an unauthenticated client whether a user exists. Neither carries a secret.
 */
export type SaslStep =
  | { readonly complete: false; readonly challenge: Buffer }
  | {
      readonly complete: true;
      readonly challenge: Buffer;
      /** The authorization id: the principal's name (`User:<name>`). */
      readonly authorizationId: string;
      /** When the credential expires (OAUTHBEARER's `exp`), in ms since the epoch; null: it does not. */
      readonly credentialExpiresAtMs: number | null;
    };

export interface SaslServer {
  readonly mechanism: string;
  evaluate(token: Buffer): SaslStep;
}

export class SaslFailure extends Error {
  override readonly name = 'SaslFailure';
  constructor(
    /** Why, for the broker's log. */
    readonly reason: string,
    /** What the client is told; null: Kafka's generic "invalid credentials" message. */
    readonly clientMessage: string | null = null,
  ) {
    super(reason);
  }
}

/** A failure whose text the client sees (Kafka's SaslAuthenticationException). */
export function clientVisible(message: string): SaslFailure {
  return new SaslFailure(message, message);
}
