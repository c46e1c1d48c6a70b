/**
 * A TLS listener's settings from Kafka's `ssl.*` keys (each read through the listener's `listener.name.<l>.` prefix):
 * the keystore and truststore (`keystore.ts`), `ssl.enabled.protocols` as Node's minimum and maximum TLS versions,
 * `ssl.cipher.suites` (IANA names as Java takes them, translated to OpenSSL's, or OpenSSL names), `ssl.client.auth`
 * (none, requested, required) and the principal of a client certificate through `ssl.principal.mapping.rules`
 * (Kafka's DefaultKafkaPrincipalBuilder: `User:<mapped subject>`, `User:ANONYMOUS` without a certificate).
 *
 * Everything is checked once at start-up by building the secure context, so a bad key, password or cipher list
 * stops the broker with a ConfigError instead of failing each handshake.
 */
import { createSecureContext, type SecureContextOptions, type TlsOptions } from 'node:tls';
import { X509Certificate } from 'node:crypto';
import { ConfigError, type BrokerConfigReader } from '../../config';
import type { TlsEndpoint } from '../../network/listener';
import { loadKeystore, loadTruststore } from './keystore';
import { subjectRfc2253 } from './distinguished-name';
import { PrincipalMapper } from './principal-mapper';

/** IANA (Java) names of the TLS 1.2 suites OpenSSL serves, with OpenSSL's names; TLS 1.3 names are the same in both. */
const OPENSSL_CIPHERS: Readonly<Record<string, string>> = {
  TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256: 'ECDHE-ECDSA-AES128-GCM-SHA256',
  TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384: 'ECDHE-ECDSA-AES256-GCM-SHA384',
  TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256: 'ECDHE-RSA-AES128-GCM-SHA256',
  TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384: 'ECDHE-RSA-AES256-GCM-SHA384',
  TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256: 'ECDHE-ECDSA-CHACHA20-POLY1305',
  TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256: 'ECDHE-RSA-CHACHA20-POLY1305',
  TLS_DHE_RSA_WITH_AES_128_GCM_SHA256: 'DHE-RSA-AES128-GCM-SHA256',
  TLS_DHE_RSA_WITH_AES_256_GCM_SHA384: 'DHE-RSA-AES256-GCM-SHA384',
  TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256: 'DHE-RSA-CHACHA20-POLY1305',
  TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256: 'ECDHE-ECDSA-AES128-SHA256',
  TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384: 'ECDHE-ECDSA-AES256-SHA384',
  TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256: 'ECDHE-RSA-AES128-SHA256',
  TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384: 'ECDHE-RSA-AES256-SHA384',
  TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA: 'ECDHE-ECDSA-AES128-SHA',
  TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA: 'ECDHE-ECDSA-AES256-SHA',
  TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA: 'ECDHE-RSA-AES128-SHA',
  TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA: 'ECDHE-RSA-AES256-SHA',
  TLS_RSA_WITH_AES_128_GCM_SHA256: 'AES128-GCM-SHA256',
  TLS_RSA_WITH_AES_256_GCM_SHA384: 'AES256-GCM-SHA384',
  TLS_RSA_WITH_AES_128_CBC_SHA256: 'AES128-SHA256',
  TLS_RSA_WITH_AES_256_CBC_SHA256: 'AES256-SHA256',
  TLS_RSA_WITH_AES_128_CBC_SHA: 'AES128-SHA',
  TLS_RSA_WITH_AES_256_CBC_SHA: 'AES256-SHA',
};
const TLS13_SUITES = new Set([
  'TLS_AES_128_GCM_SHA256',
  'TLS_AES_256_GCM_SHA384',
  'TLS_CHACHA20_POLY1305_SHA256',
  'TLS_AES_128_CCM_SHA256',
  'TLS_AES_128_CCM_8_SHA256',
]);
const VERSION_ORDER = ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'] as const;

export interface TlsSettings {
  readonly endpoint: TlsEndpoint;
  /** The leaf certificate the listener presents (for the host-name check at start). */
  readonly certificate: X509Certificate | null;
}

export function tlsSettings(read: BrokerConfigReader, listener: string): TlsSettings {
  const keystore = loadKeystore(read, listener);
  const trusted = loadTruststore(read);
  const clientAuth = read.string('ssl.client.auth') as 'none' | 'requested' | 'required';
  const mapper = new PrincipalMapper(read.string('ssl.principal.mapping.rules'));
  const context: SecureContextOptions = {
    ...(keystore.kind === 'pem' ? { cert: keystore.cert, key: keystore.key } : { pfx: keystore.pfx }),
    ...(keystore.passphrase !== undefined ? { passphrase: keystore.passphrase } : {}),
    ...(trusted !== null ? { ca: trusted } : {}),
    ...versions(read.list('ssl.enabled.protocols')),
    ...ciphers(read.list('ssl.cipher.suites')),
  };
  try {
    createSecureContext(context);
  } catch (err) {
    throw contextError(err, keystore.kind);
  }
  const options: TlsOptions = {
    ...context,
    // Verified in `principal` below, after the handshake: Node would otherwise drop a failed one without a trace.
    requestCert: clientAuth !== 'none',
    rejectUnauthorized: false,
  };
  return {
    endpoint: {
      options,
      principal(peer, verified, verifyError) {
        if (clientAuth === 'none') return { principal: 'User:ANONYMOUS' };
        if (peer === null) {
          return clientAuth === 'required'
            ? { refuse: 'no client certificate (ssl.client.auth=required)' }
            : { principal: 'User:ANONYMOUS' };
        }
        if (!verified) return { refuse: 'client certificate not trusted', error: verifyError ?? 'unverified' };
        const dn = subjectRfc2253(peer.raw);
        const name = mapper.name(dn);
        if (name === null) return { refuse: `no ssl.principal.mapping.rules apply to ${dn}` };
        return { principal: `User:${name}` };
      },
    },
    certificate: leafCertificate(keystore),
  };
}

function versions(enabled: readonly string[]): Pick<SecureContextOptions, 'minVersion' | 'maxVersion'> {
  const indexes = enabled.map((v) => VERSION_ORDER.indexOf(v as (typeof VERSION_ORDER)[number]));
  if (indexes.length === 0 || indexes.some((i) => i < 0))
    throw new ConfigError(
      'ssl.enabled.protocols',
      enabled.join(','),
      `Supported protocols: ${VERSION_ORDER.join(', ')}`,
    );
  return {
    minVersion: VERSION_ORDER[Math.min(...indexes)] as (typeof VERSION_ORDER)[number],
    maxVersion: VERSION_ORDER[Math.max(...indexes)] as (typeof VERSION_ORDER)[number],
  };
}

function ciphers(suites: readonly string[]): Pick<SecureContextOptions, 'ciphers'> {
  if (suites.length === 0) return {};
  const names = suites.map((s) => {
    if (TLS13_SUITES.has(s)) return s;
    const mapped = OPENSSL_CIPHERS[s];
    if (mapped !== undefined) return mapped;
    if (s.startsWith('TLS_') || s.startsWith('SSL_'))
      throw new ConfigError('ssl.cipher.suites', suites.join(','), `Unsupported cipher suite ${s}`);
    return s;
  });
  return { ciphers: names.join(':') };
}

function contextError(err: unknown, kind: 'pem' | 'pfx'): ConfigError {
  const message = err instanceof Error ? err.message : String(err);
  if (/cipher/i.test(message))
    return new ConfigError('ssl.cipher.suites', '[see config]', `No usable cipher suite (${message})`);
  if (/mac verify|bad decrypt|password|passphrase/i.test(message))
    return new ConfigError(
      kind === 'pfx' ? 'ssl.keystore.password' : 'ssl.key.password',
      '[hidden]',
      'Wrong password for the keystore key',
    );
  return new ConfigError(
    kind === 'pfx' ? 'ssl.keystore.location' : 'ssl.keystore.key',
    '[hidden]',
    `The keystore cannot be used: ${message}`,
  );
}

function leafCertificate(keystore: ReturnType<typeof loadKeystore>): X509Certificate | null {
  if (keystore.kind !== 'pem') return null;
  try {
    return new X509Certificate(keystore.cert);
  } catch {
    return null;
  }
}
