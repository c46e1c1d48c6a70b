/**
 * SASL/OAUTHBEARER (RFC 7628) as Kafka's OAuthBearerSaslServer runs it: the client's first message
 * (`n,[a=authzid],\x01auth=Bearer <token>\x01[key=value\x01...]\x01`) carries a JWT, which a validator checks:
 * - unsecured (Kafka's default, OAuthBearerUnsecuredValidatorCallbackHandler): `alg` must be `none` with no
 *   signature, `exp` is required and must be in the future, `iat` if present not in the future and before `exp`,
 *   the principal claim (JAAS option `unsecuredValidatorPrincipalClaimName`, default `sub`) a non-blank string, and
 *   every scope of `unsecuredValidatorRequiredScope` present in the scope claim (`unsecuredValidatorScopeClaimName`,
 *   default `scope`), with `unsecuredValidatorAllowableClockSkewMs`;
 * - signed (Kafka's OAuthBearerValidatorCallbackHandler): `jwks.ts`.
 * A token that fails is answered, as Kafka does, with a JSON error challenge (`{"status":"invalid_token"}`); the
 * client's `\x01` reply then fails the exchange with that text. The session ends when the token expires (KIP-368).
 */
import { clientVisible, SaslFailure, type SaslServer, type SaslStep } from './sasl-server';

export interface ValidatedToken {
  readonly principal: string;
  /** `exp` in ms since the epoch. */
  readonly expiresAtMs: number;
}

/** Thrown by a validator: `scope` set when a required scope is missing (status insufficient_scope). */
export class TokenInvalid extends Error {
  constructor(
    message: string,
    readonly scope: string | null = null,
  ) {
    super(message);
  }
}

export type TokenValidator = (token: string) => ValidatedToken;

const SASLNAME = String.raw`(?:[\x01-\x2b\x2d-\x3c\x3e-\x7f]|=2C|=3D)+`;
const KVPAIRS = String.raw`(?:[A-Za-z]+=[\x21-\x7E \t\r\n]+\x01)*`;
const CLIENT_FIRST = new RegExp(String.raw`^n,(?:a=(${SASLNAME}))?,\x01(${KVPAIRS})\x01$`);
const AUTH = /^([\w]+)[ ]+([-_.a-zA-Z0-9]+)$/;

export class OAuthBearerSaslServer implements SaslServer {
  readonly mechanism = 'OAUTHBEARER';
  readonly #validate: TokenValidator;
  #errorSent: string | null = null;

  constructor(validate: TokenValidator) {
    this.#validate = validate;
  }

  evaluate(token: Buffer): SaslStep {
    if (token.length === 1 && token[0] === 1 && this.#errorSent !== null) throw clientVisible(this.#errorSent);
    this.#errorSent = null;
    const m = CLIENT_FIRST.exec(token.toString('utf8'));
    if (!m) throw new SaslFailure('Invalid OAUTHBEARER client first message');
    const authorizationId = m[1] ?? '';
    const pairs = new Map<string, string>();
    for (const kv of (m[2] ?? '').split('\x01')) {
      const eq = kv.indexOf('=');
      if (eq > 0) pairs.set(kv.slice(0, eq), kv.slice(eq + 1));
    }
    const auth = pairs.get('auth');
    if (auth === undefined) throw new SaslFailure("Invalid OAUTHBEARER client first message: 'auth' not specified");
    const a = AUTH.exec(auth);
    if (!a) throw new SaslFailure("Invalid OAUTHBEARER client first message: invalid 'auth' format");
    if ((a[1] as string).toLowerCase() !== 'bearer')
      throw new SaslFailure(`Invalid scheme in OAUTHBEARER client first message: ${a[1] as string}`);
    let validated: ValidatedToken;
    try {
      validated = this.#validate(a[2] as string);
    } catch (err) {
      if (!(err instanceof TokenInvalid)) throw err;
      const status = err.scope !== null ? 'insufficient_scope' : 'invalid_token';
      this.#errorSent =
        err.scope !== null ? `{"status":"${status}", "scope":"${err.scope}"}` : `{"status":"${status}"}`;
      return { complete: false, challenge: Buffer.from(this.#errorSent, 'utf8') };
    }
    if (authorizationId !== '' && authorizationId !== validated.principal) {
      throw clientVisible(
        `Authentication failed: Client requested an authorization id (${authorizationId}) that is different from the token's principal name (${validated.principal})`,
      );
    }
    return {
      complete: true,
      challenge: Buffer.alloc(0),
      authorizationId: validated.principal,
      credentialExpiresAtMs: validated.expiresAtMs,
    };
  }
}

export interface UnsecuredOptions {
  readonly principalClaim: string;
  readonly scopeClaim: string;
  readonly requiredScope: readonly string[];
  readonly clockSkewMs: number;
  readonly now: () => number;
}

/** Kafka's OAuthBearerUnsecuredJws with OAuthBearerValidationUtils' checks. */
export function unsecuredValidator(options: UnsecuredOptions): TokenValidator {
  return (token) => {
    if (token.includes('..')) throw new TokenInvalid("Malformed compact serialization contains '..'");
    const splits = token.split('.');
    if (splits.length !== 3)
      throw new TokenInvalid('Unsecured JWS compact serializations must have 3 dot-separated Base64URL-encoded values');
    const header = jsonPart(splits[0] as string);
    const claims = jsonPart(splits[1] as string);
    if (header['alg'] !== 'none') throw new TokenInvalid("Unsecured JWS must have 'none' for an algorithm");
    if (splits[2] !== '') throw new TokenInvalid('Unsecured JWS must not contain a digital signature');
    return checkClaims(claims, options);
  };
}

/** The claim checks both validators share (exp, iat, principal, scope). */
export function checkClaims(claims: Record<string, unknown>, options: UnsecuredOptions): ValidatedToken {
  const now = options.now();
  const exp = claims['exp'];
  if (exp === undefined) throw new TokenInvalid('No expiration time in JWT');
  if (typeof exp !== 'number') throw new TokenInvalid("The 'exp' claim was not of type Number");
  const principal = claims[options.principalClaim];
  if (principal === undefined) throw new TokenInvalid(`Required claim missing: ${options.principalClaim}`);
  if (typeof principal !== 'string' || principal.trim() === '')
    throw new TokenInvalid(`No principal name in JWT claim: ${options.principalClaim}`);
  const iat = claims['iat'];
  if (iat !== undefined) {
    if (typeof iat !== 'number') throw new TokenInvalid("The 'iat' claim was not of type Number");
    if (1000 * iat > now + options.clockSkewMs)
      throw new TokenInvalid('The Issued At value was after the indicated time');
    if (exp <= iat) throw new TokenInvalid('The Expiration Time time was not after the Issued At time');
  }
  if (now - options.clockSkewMs >= 1000 * exp)
    throw new TokenInvalid('The indicated time minus allowable clock skew was on or after the Expiration Time value');
  if (options.requiredScope.length > 0) {
    const raw = claims[options.scopeClaim];
    const scope = new Set(
      typeof raw === 'string' ? [raw.trim()] : Array.isArray(raw) ? raw.map((s) => String(s).trim()) : [],
    );
    for (const required of options.requiredScope) {
      if (!scope.has(required))
        throw new TokenInvalid(
          `The provided scope was missing a required scope (${required})`,
          `[${options.requiredScope.join(', ')}]`,
        );
    }
  }
  return { principal, expiresAtMs: Math.round(exp * 1000) };
}

export function jsonPart(part: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
  } catch {
    throw new TokenInvalid('malformed JSON');
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new TokenInvalid('malformed JSON');
  return parsed as Record<string, unknown>;
}
