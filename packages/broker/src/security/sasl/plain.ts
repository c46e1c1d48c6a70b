/**
 * SASL/PLAIN (RFC 4616) as Kafka's PlainSaslServer checks it: `authzid NUL authcid NUL password`, the user looked
 * up among the listener's PLAIN users (JAAS `user_<name>="<password>"` options and `samsa.sasl.users`), the
 * passwords compared in constant time, and an authorization id, if given, equal to the user name.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { clientVisible, SaslFailure, type SaslServer, type SaslStep } from './sasl-server';

export class PlainSaslServer implements SaslServer {
  readonly mechanism = 'PLAIN';
  readonly #users: ReadonlyMap<string, string>;

  constructor(users: ReadonlyMap<string, string>) {
    this.#users = users;
  }

  evaluate(token: Buffer): SaslStep {
    const parts = token.toString('utf8').split('\u0000');
    if (parts.length !== 3)
      throw new SaslFailure(`Invalid SASL/PLAIN response: expected 3 tokens, got ${parts.length}`);
    const [authorizationId, username, password] = parts as [string, string, string];
    if (username === '') throw clientVisible('Authentication failed: username not specified');
    if (password === '') throw clientVisible('Authentication failed: password not specified');
    const expected = this.#users.get(username);
    if (expected === undefined || !sameSecret(expected, password))
      throw clientVisible('Authentication failed: Invalid username or password');
    if (authorizationId !== '' && authorizationId !== username)
      throw clientVisible(
        'Authentication failed: Client requested an authorization id that is different from username',
      );
    return { complete: true, challenge: Buffer.alloc(0), authorizationId: username, credentialExpiresAtMs: null };
  }
}

/** Compares digests, so neither the length nor the content of the stored password shows in the time taken. */
function sameSecret(expected: string, given: string): boolean {
  const a = createHash('sha256').update(expected, 'utf8').digest();
  const b = createHash('sha256').update(given, 'utf8').digest();
  return timingSafeEqual(a, b);
}
