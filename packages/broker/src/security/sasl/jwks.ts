/**
 * OAUTHBEARER tokens signed by an identity provider, checked as Kafka's OAuthBearerValidatorCallbackHandler does,
 * against the keys of a local JWKS file (`sasl.oauthbearer.jwks.endpoint.url=file:///.../jwks.json`): the JWS
 * signature (RS256/384/512, PS256/384/512, ES256/384/512) with the key its `kid` names (or the only key), then
 * `exp` (required), `iat` and `nbf`, the subject claim (`sasl.oauthbearer.sub.claim.name`), the audience
 * (`sasl.oauthbearer.expected.audience`) and issuer (`sasl.oauthbearer.expected.issuer`) when configured, all with
 * `sasl.oauthbearer.clock.skew.seconds`. Node's crypto verifies; nothing is fetched over the network.
 */
import { createPublicKey, verify, type JsonWebKey, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ConfigError } from '../../config';
import { checkClaims, jsonPart, TokenInvalid, type TokenValidator } from './oauthbearer';

export interface JwksOptions {
  readonly url: string;
  readonly audience: readonly string[] | null;
  readonly issuer: string | null;
  readonly subClaim: string;
  readonly scopeClaim: string;
  readonly clockSkewMs: number;
  readonly now: () => number;
}

const ALGORITHMS: Readonly<Record<string, { hash: string; pss?: true; ec?: true }>> = {
  RS256: { hash: 'sha256' },
  RS384: { hash: 'sha384' },
  RS512: { hash: 'sha512' },
  PS256: { hash: 'sha256', pss: true },
  PS384: { hash: 'sha384', pss: true },
  PS512: { hash: 'sha512', pss: true },
  ES256: { hash: 'sha256', ec: true },
  ES384: { hash: 'sha384', ec: true },
  ES512: { hash: 'sha512', ec: true },
};

export function jwksValidator(options: JwksOptions): TokenValidator {
  const keys = loadKeys(options.url);
  return (token) => {
    const parts = token.split('.');
    if (parts.length !== 3) throw new TokenInvalid('A signed JWT must have 3 dot-separated parts');
    const header = jsonPart(parts[0] as string);
    const alg = typeof header['alg'] === 'string' ? header['alg'] : '';
    const spec = ALGORITHMS[alg];
    if (!spec) throw new TokenInvalid(`Unsupported JWS algorithm ${alg}`);
    const kid = typeof header['kid'] === 'string' ? header['kid'] : null;
    const key = kid !== null ? keys.get(kid) : keys.size === 1 ? [...keys.values()][0] : undefined;
    if (!key) throw new TokenInvalid(`No key in the JWKS for kid ${kid ?? '(none)'}`);
    const signed = Buffer.from(`${parts[0] as string}.${parts[1] as string}`, 'ascii');
    const signature = Buffer.from(parts[2] as string, 'base64url');
    const ok = verify(
      spec.hash,
      signed,
      spec.pss
        ? { key, padding: 6 /* RSA_PKCS1_PSS_PADDING */, saltLength: -1 /* RSA_PSS_SALTLEN_DIGEST */ }
        : spec.ec
          ? { key, dsaEncoding: 'ieee-p1363' }
          : key,
      signature,
    );
    if (!ok) throw new TokenInvalid('The JWS signature does not verify');
    const claims = jsonPart(parts[1] as string);
    const skew = options.clockSkewMs;
    const nbf = claims['nbf'];
    if (typeof nbf === 'number' && nbf * 1000 > options.now() + skew)
      throw new TokenInvalid('The token is not valid yet');
    if (options.issuer !== null && claims['iss'] !== options.issuer) throw new TokenInvalid('Unexpected issuer');
    if (options.audience !== null && options.audience.length > 0) {
      const aud = claims['aud'];
      const given = typeof aud === 'string' ? [aud] : Array.isArray(aud) ? aud.map(String) : [];
      if (!given.some((a) => options.audience?.includes(a))) throw new TokenInvalid('Unexpected audience');
    }
    return checkClaims(claims, {
      principalClaim: options.subClaim,
      scopeClaim: options.scopeClaim,
      requiredScope: [],
      clockSkewMs: skew,
      now: options.now,
    });
  };
}

function loadKeys(url: string): Map<string, KeyObject> {
  const key = 'sasl.oauthbearer.jwks.endpoint.url';
  if (!url.startsWith('file:')) throw new ConfigError(key, url, 'Only file: URLs are served (no network fetches)');
  let doc: { keys?: unknown };
  try {
    doc = JSON.parse(readFileSync(fileURLToPath(url), 'utf8')) as { keys?: unknown };
  } catch (err) {
    throw new ConfigError(key, url, `Cannot read the JWKS file: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (!Array.isArray(doc.keys) || doc.keys.length === 0) throw new ConfigError(key, url, 'The JWKS file has no keys');
  const keys = new Map<string, KeyObject>();
  doc.keys.forEach((jwk: JsonWebKey & { kid?: string }, i: number) => {
    try {
      keys.set(jwk.kid ?? `#${i}`, createPublicKey({ key: jwk, format: 'jwk' }));
    } catch (err) {
      throw new ConfigError(key, url, `Key ${jwk.kid ?? i} is not a usable public key: ${String(err)}`);
    }
  });
  return keys;
}
