/**
 * A SASL listener's settings, read once at start with Kafka's keys (each through the listener prefix):
 * - `sasl.enabled.mechanisms` (`listener.name.<l>.sasl.enabled.mechanisms`): PLAIN, SCRAM-SHA-256, SCRAM-SHA-512,
 *   OAUTHBEARER. GSSAPI (Kerberos) is not served: named explicitly, it stops start-up; left at Kafka's default
 *   (GSSAPI), samsa enables PLAIN and both SCRAM mechanisms instead.
 * - PLAIN users: `listener.name.<l>.plain.sasl.jaas.config` (PlainLoginModule `user_<name>="<password>"`) and
 *   `samsa.sasl.users` (`user:password,...`, every SASL listener).
 * - SCRAM: the cluster's stored credentials, looked up at each authentication.
 * - OAUTHBEARER: the unsecured validator with the JAAS `unsecuredValidator*` options, or, when
 *   `listener.name.<l>.oauthbearer.sasl.server.callback.handler.class` is Kafka's OAuthBearerValidatorCallbackHandler,
 *   signed tokens against `sasl.oauthbearer.jwks.endpoint.url`.
 * - `connections.max.reauth.ms` (also per mechanism: `listener.name.<l>.<mechanism>.connections.max.reauth.ms`),
 *   `connection.failed.authentication.delay.ms`.
 */
import { ConfigError, type BrokerConfig } from '../../config';
import type { ScramCredentialStore } from '../scram-credentials';
import { ScramMechanism } from '../scram-credentials';
import { parseJaasConfig } from './jaas';
import { jwksValidator } from './jwks';
import { OAuthBearerSaslServer, unsecuredValidator, type TokenValidator } from './oauthbearer';
import { PlainSaslServer } from './plain';
import type { SaslServer } from './sasl-server';
import { ScramSaslServer } from './scram';

export const SERVED_MECHANISMS = ['PLAIN', 'SCRAM-SHA-256', 'SCRAM-SHA-512', 'OAUTHBEARER'] as const;
const DEFAULT_MECHANISMS = ['PLAIN', 'SCRAM-SHA-256', 'SCRAM-SHA-512'];
const JWKS_HANDLERS = new Set([
  'org.apache.kafka.common.security.oauthbearer.OAuthBearerValidatorCallbackHandler',
  'org.apache.kafka.common.security.oauthbearer.secured.OAuthBearerValidatorCallbackHandler',
]);
const UNSECURED_HANDLER =
  'org.apache.kafka.common.security.oauthbearer.internals.unsecured.OAuthBearerUnsecuredValidatorCallbackHandler';

export interface SaslListenerConfig {
  readonly listener: string;
  readonly mechanisms: readonly string[];
  /** A new server for one exchange of `mechanism` (one of `mechanisms`). */
  server(mechanism: string): SaslServer;
  /** connections.max.reauth.ms of the mechanism; 0: sessions do not expire (but OAUTHBEARER tokens do). */
  maxReauthMs(mechanism: string): number;
  readonly failedAuthenticationDelayMs: number;
}

export function saslListenerConfig(
  config: BrokerConfig,
  listener: string,
  scram: ScramCredentialStore,
  now: () => number,
): SaslListenerConfig {
  const read = config.forListener(listener);
  const mechanisms = enabledMechanisms(config, listener);
  const plainUsers = new Map<string, string>([
    ...parseUserList('samsa.sasl.users', config.stringOrNull('samsa.sasl.users')),
  ]);
  const plainJaas = config.mechanismSetting(listener, 'PLAIN', 'sasl.jaas.config');
  if (plainJaas !== null) {
    const key = `listener.name.${listener.toLowerCase()}.plain.sasl.jaas.config`;
    for (const [name, value] of parseJaasConfig(key, plainJaas).options)
      if (name.startsWith('user_')) plainUsers.set(name.slice('user_'.length), value);
  }
  const oauth = mechanisms.includes('OAUTHBEARER') ? oauthValidator(config, listener, now) : null;
  const reauth = new Map<string, number>();
  for (const mechanism of mechanisms) {
    const own = config.mechanismSetting(listener, mechanism, 'connections.max.reauth.ms');
    if (own !== null && !/^\d+$/.test(own.trim()))
      throw new ConfigError(
        `listener.name.${listener.toLowerCase()}.${mechanism.toLowerCase()}.connections.max.reauth.ms`,
        own,
        'Not a number of type LONG',
      );
    reauth.set(mechanism, own !== null ? Number(own) : read.int('connections.max.reauth.ms'));
  }
  return {
    listener,
    mechanisms,
    server(mechanism) {
      switch (mechanism) {
        case 'PLAIN':
          return new PlainSaslServer(plainUsers);
        case 'SCRAM-SHA-256':
          return new ScramSaslServer(mechanism, (user) => scram.get(user, ScramMechanism.SCRAM_SHA_256));
        case 'SCRAM-SHA-512':
          return new ScramSaslServer(mechanism, (user) => scram.get(user, ScramMechanism.SCRAM_SHA_512));
        default:
          return new OAuthBearerSaslServer(oauth as TokenValidator);
      }
    },
    maxReauthMs: (mechanism) => reauth.get(mechanism) ?? 0,
    failedAuthenticationDelayMs: read.int('connection.failed.authentication.delay.ms'),
  };
}

function enabledMechanisms(config: BrokerConfig, listener: string): string[] {
  const key = 'sasl.enabled.mechanisms';
  const listed = config
    .forListener(listener)
    .list(key)
    .map((m) => m.toUpperCase());
  const explicit = config.explicit.has(key) || config.listenerExplicit(listener, key);
  if (!explicit) return [...DEFAULT_MECHANISMS];
  if (listed.length === 0) throw new ConfigError(key, '', `No SASL mechanisms are enabled on listener ${listener}`);
  for (const m of listed) {
    if (m === 'GSSAPI')
      throw new ConfigError(
        key,
        listed.join(','),
        `GSSAPI (Kerberos) is not served; enable ${SERVED_MECHANISMS.join(', ')}`,
      );
    if (!(SERVED_MECHANISMS as readonly string[]).includes(m))
      throw new ConfigError(
        key,
        listed.join(','),
        `Unknown SASL mechanism ${m}; samsa serves ${SERVED_MECHANISMS.join(', ')}`,
      );
  }
  return [...new Set(listed)];
}

function oauthValidator(config: BrokerConfig, listener: string, now: () => number): TokenValidator {
  const read = config.forListener(listener);
  const handler = config.mechanismSetting(listener, 'OAUTHBEARER', 'sasl.server.callback.handler.class');
  if (handler !== null && JWKS_HANDLERS.has(handler.trim())) {
    const url = read.stringOrNull('sasl.oauthbearer.jwks.endpoint.url');
    if (url === null)
      throw new ConfigError('sasl.oauthbearer.jwks.endpoint.url', null, `${handler} needs a JWKS (a file: URL)`);
    return jwksValidator({
      url,
      audience: read.listOrNull('sasl.oauthbearer.expected.audience'),
      issuer: read.stringOrNull('sasl.oauthbearer.expected.issuer'),
      subClaim: read.string('sasl.oauthbearer.sub.claim.name'),
      scopeClaim: read.string('sasl.oauthbearer.scope.claim.name'),
      clockSkewMs: read.int('sasl.oauthbearer.clock.skew.seconds') * 1000,
      now,
    });
  }
  if (handler !== null && handler.trim() !== UNSECURED_HANDLER) {
    throw new ConfigError(
      `listener.name.${listener.toLowerCase()}.oauthbearer.sasl.server.callback.handler.class`,
      handler,
      'Only the unsecured validator and OAuthBearerValidatorCallbackHandler (JWKS) are served',
    );
  }
  const jaas = config.mechanismSetting(listener, 'OAUTHBEARER', 'sasl.jaas.config');
  const options =
    jaas === null
      ? new Map<string, string>()
      : parseJaasConfig(`listener.name.${listener.toLowerCase()}.oauthbearer.sasl.jaas.config`, jaas).options;
  const skew = (options.get('unsecuredValidatorAllowableClockSkewMs') ?? '').trim();
  if (skew !== '' && !/^\d+$/.test(skew))
    throw new ConfigError(
      'unsecuredValidatorAllowableClockSkewMs',
      skew,
      'Allowable clock skew millis must not be negative',
    );
  return unsecuredValidator({
    principalClaim: (options.get('unsecuredValidatorPrincipalClaimName') ?? '').trim() || 'sub',
    scopeClaim: (options.get('unsecuredValidatorScopeClaimName') ?? '').trim() || 'scope',
    requiredScope: (options.get('unsecuredValidatorRequiredScope') ?? '')
      .trim()
      .split(/\s+/)
      .filter((s) => s !== ''),
    clockSkewMs: skew === '' ? 0 : Number(skew),
    now,
  });
}

/** `user:password,user:password` (samsa.sasl.users, samsa.scram.users): a password may hold ':' but not ','. */
export function parseUserList(key: string, text: string | null): Map<string, string> {
  const users = new Map<string, string>();
  if (text === null) return users;
  for (const entry of text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')) {
    const colon = entry.indexOf(':');
    if (colon <= 0 || colon === entry.length - 1)
      throw new ConfigError(key, '[hidden]', 'Expected user:password entries separated by commas');
    users.set(entry.slice(0, colon), entry.slice(colon + 1));
  }
  return users;
}
