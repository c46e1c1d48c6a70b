/**
 * The client side of SASL PLAIN (RFC 4616) and SCRAM-SHA-256/512 (RFC 5802, RFC 7677, KIP-84), as Kafka's
 * PlainSaslClient and ScramSaslClient send them inside SaslAuthenticate (KIP-152). A mechanism is a small state
 * machine: `start()` gives the first message, `next(challenge)` each following one, null when the exchange is done.
 */
import { createHash, createHmac, pbkdf2Sync, randomBytes, timingSafeEqual } from 'node:crypto';

export type SaslMechanismName = 'PLAIN' | 'SCRAM-SHA-256' | 'SCRAM-SHA-512';
export const SASL_MECHANISMS: readonly SaslMechanismName[] = ['PLAIN', 'SCRAM-SHA-256', 'SCRAM-SHA-512'];

export interface SaslOptions {
  readonly mechanism: SaslMechanismName;
  readonly username: string;
  readonly password: string;
}

export interface SaslExchange {
  start(): Buffer;
  /** The reply to a server message, or null when the server's message ends the exchange (verified). */
  next(challenge: Buffer): Buffer | null;
}

export function saslExchange(options: SaslOptions, nonce?: string): SaslExchange {
  if (options.mechanism === 'PLAIN') return plain(options);
  return new ScramExchange(options, options.mechanism === 'SCRAM-SHA-256' ? 'sha256' : 'sha512', nonce);
}

function plain(options: SaslOptions): SaslExchange {
  return {
    // authzid (empty), authcid, password, NUL-separated.
    start: () => Buffer.from(`\0${options.username}\0${options.password}`, 'utf8'),
    next: () => null,
  };
}

/** RFC 5802 §5.1: ',' and '=' in a username are escaped. */
function saslName(name: string): string {
  return name.replace(/=/g, '=3D').replace(/,/g, '=2C');
}

function attributes(message: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of message.split(',')) {
    const eq = part.indexOf('=');
    if (eq > 0) out.set(part.slice(0, eq), part.slice(eq + 1));
  }
  return out;
}

export class ScramExchange implements SaslExchange {
  readonly #options: SaslOptions;
  readonly #hash: 'sha256' | 'sha512';
  readonly #nonce: string;
  #clientFirstBare = '';
  #serverSignature: Buffer | null = null;

  constructor(options: SaslOptions, hash: 'sha256' | 'sha512', nonce?: string) {
    this.#options = options;
    this.#hash = hash;
    this.#nonce = nonce ?? randomBytes(24).toString('base64');
  }

  start(): Buffer {
    this.#clientFirstBare = `n=${saslName(this.#options.username)},r=${this.#nonce}`;
    return Buffer.from(`n,,${this.#clientFirstBare}`, 'utf8');
  }

  next(challenge: Buffer): Buffer | null {
    const message = challenge.toString('utf8');
    const attrs = attributes(message);
    if (this.#serverSignature !== null) {
      const error = attrs.get('e');
      if (error !== undefined) throw new Error(`SCRAM authentication failed: ${error}`);
      const verifier = Buffer.from(attrs.get('v') ?? '', 'base64');
      if (verifier.length !== this.#serverSignature.length || !timingSafeEqual(verifier, this.#serverSignature))
        throw new Error('SCRAM authentication failed: the server signature does not match');
      return null;
    }
    const nonce = attrs.get('r');
    const salt = attrs.get('s');
    const iterations = Number(attrs.get('i'));
    if (nonce === undefined || !nonce.startsWith(this.#nonce) || salt === undefined || !(iterations > 0))
      throw new Error('SCRAM authentication failed: invalid server-first message');
    const keyLength = this.#hash === 'sha256' ? 32 : 64;
    const salted = pbkdf2Sync(
      this.#options.password.normalize('NFKC'),
      Buffer.from(salt, 'base64'),
      iterations,
      keyLength,
      this.#hash,
    );
    const clientKey = this.#hmac(salted, 'Client Key');
    const storedKey = createHash(this.#hash).update(clientKey).digest();
    const withoutProof = `c=biws,r=${nonce}`;
    const authMessage = `${this.#clientFirstBare},${message},${withoutProof}`;
    const signature = this.#hmac(storedKey, authMessage);
    const proof = Buffer.alloc(clientKey.length);
    for (let i = 0; i < proof.length; i++) proof[i] = (clientKey[i] as number) ^ (signature[i] as number);
    this.#serverSignature = this.#hmac(this.#hmac(salted, 'Server Key'), authMessage);
    return Buffer.from(`${withoutProof},p=${proof.toString('base64')}`, 'utf8');
  }

  #hmac(key: Buffer, text: string): Buffer {
    return createHmac(this.#hash, key).update(text, 'utf8').digest();
  }
}
