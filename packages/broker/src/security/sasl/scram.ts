/**
 * SASL/SCRAM-SHA-256 and SCRAM-SHA-512 (RFC 5802, RFC 7677) as Kafka's ScramSaslServer runs them, against the
 * credentials the cluster stores (AlterUserScramCredentials, `samsa.scram.users`): the client-first message
 * (`n,[a=authzid],n=user,r=nonce[,extensions]`), the server-first (`r=nonce+server nonce,s=salt,i=iterations`), the
 * client-final (`c=...,r=nonce,p=proof`) checked against the stored key, and the server-final (`v=signature`). An
 * unknown user and a wrong proof fail alike, with Kafka's generic message; delegation tokens (`tokenauth=true`) are
 * not served.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { ScramCredential } from '../scram-credentials';
import { clientVisible, SaslFailure, type SaslServer, type SaslStep } from './sasl-server';

export type ScramLookup = (user: string) => ScramCredential | undefined;

const CLIENT_FIRST = /^n,(?:a=([^,]*))?,((?:m=[^,]*,)?n=([^,]*),r=([\x21-\x2b\x2d-\x7e]+)((?:,[A-Za-z]+=[^,]*)*))$/;
const CLIENT_FINAL = /^(c=([A-Za-z0-9+/=]*),r=([\x21-\x2b\x2d-\x7e]+)(?:,[A-Za-z]+=[^,]*)*),p=([A-Za-z0-9+/=]+)$/;

type State =
  | { readonly step: 'first' }
  | {
      readonly step: 'final';
      readonly user: string;
      readonly credential: ScramCredential;
      readonly clientFirstBare: string;
      readonly serverFirst: string;
      readonly nonce: string;
    }
  | { readonly step: 'done' };

export class ScramSaslServer implements SaslServer {
  readonly mechanism: string;
  readonly #hash: 'sha256' | 'sha512';
  readonly #lookup: ScramLookup;
  #state: State = { step: 'first' };

  constructor(mechanism: 'SCRAM-SHA-256' | 'SCRAM-SHA-512', lookup: ScramLookup) {
    this.mechanism = mechanism;
    this.#hash = mechanism === 'SCRAM-SHA-256' ? 'sha256' : 'sha512';
    this.#lookup = lookup;
  }

  evaluate(token: Buffer): SaslStep {
    const state = this.#state;
    this.#state = { step: 'done' };
    if (state.step === 'first') return this.#first(token.toString('utf8'));
    if (state.step === 'final') return this.#final(token.toString('utf8'), state);
    throw new SaslFailure(`Unexpected challenge in Sasl server state ${state.step}`);
  }

  #first(message: string): SaslStep {
    const m = CLIENT_FIRST.exec(message);
    if (!m) throw new SaslFailure('Invalid SCRAM client first message');
    const authorizationId = m[1] ?? '';
    const clientFirstBare = m[2] as string;
    const user = (m[3] as string).replace(/=2C/g, ',').replace(/=3D/g, '=');
    const extensions = m[5] ?? '';
    if (/(^|,)tokenauth=true(,|$)/i.test(extensions.slice(1)))
      throw new SaslFailure(`Token Authentication failed: delegation tokens are not served (${user})`);
    const credential = this.#lookup(user);
    if (!credential) throw new SaslFailure(`Authentication failed: Invalid user credentials (${user})`);
    if (authorizationId !== '' && authorizationId !== user)
      throw clientVisible(
        'Authentication failed: Client requested an authorization id that is different from username',
      );
    const nonce = `${m[4] as string}${randomBytes(24).toString('base64').replace(/[+/=]/g, '')}`;
    const serverFirst = `r=${nonce},s=${credential.salt.toString('base64')},i=${credential.iterations}`;
    this.#state = { step: 'final', user, credential, clientFirstBare, serverFirst, nonce };
    return { complete: false, challenge: Buffer.from(serverFirst, 'utf8') };
  }

  #final(message: string, state: Extract<State, { step: 'final' }>): SaslStep {
    const m = CLIENT_FINAL.exec(message);
    if (!m) throw new SaslFailure('Authentication failed: Invalid client final message');
    // Kafka's ScramSaslServer checks that the nonce ends with the server's, not that it equals it: librdkafka 2.0
    // sends its own nonce again in front of the server's, and Kafka accepts that.
    if (!(m[3] as string).endsWith(state.nonce))
      throw new SaslFailure('Invalid client nonce in the final client message.');
    const authMessage = `${state.clientFirstBare},${state.serverFirst},${m[1] as string}`;
    const proof = Buffer.from(m[4] as string, 'base64');
    const { storedKey, serverKey } = state.credential;
    const clientSignature = createHmac(this.#hash, storedKey).update(authMessage, 'utf8').digest();
    if (proof.length !== clientSignature.length) throw new SaslFailure('Invalid client credentials');
    const clientKey = Buffer.alloc(proof.length);
    for (let i = 0; i < proof.length; i++) clientKey[i] = (proof[i] as number) ^ (clientSignature[i] as number);
    const computed = createHash(this.#hash).update(clientKey).digest();
    if (computed.length !== storedKey.length || !timingSafeEqual(computed, storedKey))
      throw new SaslFailure(`Invalid client credentials (${state.user})`);
    const serverSignature = createHmac(this.#hash, serverKey).update(authMessage, 'utf8').digest();
    return {
      complete: true,
      challenge: Buffer.from(`v=${serverSignature.toString('base64')}`, 'utf8'),
      authorizationId: state.user,
      credentialExpiresAtMs: null,
    };
  }
}
