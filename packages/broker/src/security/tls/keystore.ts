/**
 * Keystores and truststores from Kafka's `ssl.*` keys, as Node's TLS takes them:
 * - PEM (`ssl.keystore.type=PEM`): `ssl.keystore.certificate.chain` + `ssl.keystore.key` (PKCS#8, encrypted with
 *   `ssl.key.password` or not), or a file at `ssl.keystore.location` holding both; truststores likewise with
 *   `ssl.truststore.certificates` or a file of certificates. PEM text from a properties file may have lost its line
 *   breaks (Kafka tolerates that), so each block is re-wrapped.
 * - PKCS12: the keystore is handed to Node's TLS as is (`pfx`, `ssl.keystore.password`); a PKCS12 truststore holds
 *   only certificates, which node-forge reads out of it.
 * - JKS (Kafka's default type): a real JKS or JCEKS file is refused with the keytool command that converts it; a
 *   PKCS12 file under type JKS is read as PKCS12, as Java 9+ does.
 * Errors are `ConfigError`s on the key at fault and never carry a password.
 */
import { readFileSync } from 'node:fs';
import type Forge from 'node-forge';
import { forge } from './forge';
import { ConfigError, type BrokerConfigReader } from '../../config';

/** What Node's `tls.createSecureContext` takes for the broker's own identity. */
export type KeyMaterial =
  | { readonly kind: 'pem'; readonly cert: string; readonly key: string; readonly passphrase?: string }
  | { readonly kind: 'pfx'; readonly pfx: Buffer; readonly passphrase?: string };

const JKS_MAGIC = 0xfeedfeed;
const JCEKS_MAGIC = 0xcececece;

export function loadKeystore(read: BrokerConfigReader, listener: string): KeyMaterial {
  const type = read.string('ssl.keystore.type');
  const location = read.stringOrNull('ssl.keystore.location');
  const keyPassword = read.stringOrNull('ssl.key.password') ?? undefined;
  if (type === 'PEM') {
    const chain = read.stringOrNull('ssl.keystore.certificate.chain');
    const key = read.stringOrNull('ssl.keystore.key');
    if (chain !== null || key !== null) {
      if (chain === null || key === null)
        throw new ConfigError(
          chain === null ? 'ssl.keystore.certificate.chain' : 'ssl.keystore.key',
          '[hidden]',
          'ssl.keystore.certificate.chain and ssl.keystore.key must both be set with ssl.keystore.type=PEM',
        );
      if (location !== null)
        throw new ConfigError(
          'ssl.keystore.location',
          location,
          'Set either a PEM keystore file or the PEM values, not both',
        );
      return pemKeyMaterial(chain, key, keyPassword, 'ssl.keystore.key');
    }
    if (location === null) throw missingKeystore(listener);
    const text = readText('ssl.keystore.location', location);
    return pemKeyMaterial(text, text, keyPassword, 'ssl.keystore.location');
  }
  if (location === null) throw missingKeystore(listener);
  const bytes = readBytes('ssl.keystore.location', location);
  refuseJks('ssl.keystore.location', location, bytes, 'keystore');
  if (bytes[0] !== 0x30)
    throw new ConfigError(
      'ssl.keystore.location',
      location,
      `Not a ${type} keystore (for a PEM file set ssl.keystore.type=PEM)`,
    );
  const passphrase = read.stringOrNull('ssl.keystore.password') ?? keyPassword;
  return { kind: 'pfx', pfx: bytes, ...(passphrase !== undefined ? { passphrase } : {}) };
}

/** The trusted certificates as PEM blocks; null when no truststore is configured (Node's bundled CAs then apply). */
export function loadTruststore(read: BrokerConfigReader): string[] | null {
  const type = read.string('ssl.truststore.type');
  const location = read.stringOrNull('ssl.truststore.location');
  const inline = read.stringOrNull('ssl.truststore.certificates');
  if (type === 'PEM') {
    if (inline !== null && location !== null)
      throw new ConfigError(
        'ssl.truststore.location',
        location,
        'Set either a PEM truststore file or ssl.truststore.certificates, not both',
      );
    const text = inline ?? (location !== null ? readText('ssl.truststore.location', location) : null);
    if (text === null) return null;
    const certs = pemBlocks(text)
      .filter((b) => b.label === 'CERTIFICATE')
      .map((b) => b.pem);
    if (certs.length === 0)
      throw new ConfigError(
        inline !== null ? 'ssl.truststore.certificates' : 'ssl.truststore.location',
        inline !== null ? '[hidden]' : location,
        'No certificate found in the PEM truststore',
      );
    return certs;
  }
  if (inline !== null)
    throw new ConfigError(
      'ssl.truststore.certificates',
      '[hidden]',
      'ssl.truststore.certificates needs ssl.truststore.type=PEM',
    );
  if (location === null) return null;
  const bytes = readBytes('ssl.truststore.location', location);
  refuseJks('ssl.truststore.location', location, bytes, 'truststore');
  return pkcs12Certificates(bytes, read.stringOrNull('ssl.truststore.password') ?? '', location);
}

function missingKeystore(listener: string): ConfigError {
  return new ConfigError(
    'ssl.keystore.location',
    null,
    `Listener ${listener} uses TLS and needs a keystore: ssl.keystore.location (PKCS12 or PEM), or ssl.keystore.type=PEM with ssl.keystore.certificate.chain and ssl.keystore.key`,
  );
}

function refuseJks(key: string, location: string, bytes: Buffer, what: string): void {
  if (bytes.length < 4) return;
  const magic = bytes.readUInt32BE(0);
  if (magic !== JKS_MAGIC && magic !== JCEKS_MAGIC) return;
  throw new ConfigError(
    key,
    location,
    `JKS ${what}s are not supported; convert it to PKCS12 with: keytool -importkeystore -srckeystore ${location} -destkeystore ${location}.p12 -deststoretype PKCS12, then set ssl.${what}.type=PKCS12`,
  );
}

function pemKeyMaterial(
  chainText: string,
  keyText: string,
  passphrase: string | undefined,
  keyName: string,
): KeyMaterial {
  const certs = pemBlocks(chainText).filter((b) => b.label === 'CERTIFICATE');
  if (certs.length === 0)
    throw new ConfigError(
      keyName === 'ssl.keystore.key' ? 'ssl.keystore.certificate.chain' : keyName,
      '[hidden]',
      'No certificate found in the PEM keystore',
    );
  const key = pemBlocks(keyText).find((b) => b.label.endsWith('PRIVATE KEY'));
  if (!key) throw new ConfigError(keyName, '[hidden]', 'No private key found in the PEM keystore');
  return {
    kind: 'pem',
    cert: certs.map((c) => c.pem).join(''),
    key: key.pem,
    ...(passphrase !== undefined ? { passphrase } : {}),
  };
}

interface PemBlock {
  readonly label: string;
  readonly pem: string;
}

/** Every `-----BEGIN X-----` block, re-wrapped at 64 columns (values from properties files may be on one line). */
export function pemBlocks(text: string): PemBlock[] {
  const out: PemBlock[] = [];
  const re = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const label = m[1] as string;
    const body = (m[2] as string).trim();
    // Legacy PEM headers (Proc-Type) cannot be re-wrapped; keep such a block as written.
    const clean = body.includes(':') ? body : (body.replace(/\s+/g, '').match(/.{1,64}/g) ?? []).join('\n');
    out.push({ label, pem: `-----BEGIN ${label}-----\n${clean}\n-----END ${label}-----\n` });
  }
  return out;
}

function pkcs12Certificates(bytes: Buffer, password: string, location: string): string[] {
  let bags: Forge.pkcs12.Bag[];
  try {
    const p12 = forge().pkcs12.pkcs12FromAsn1(
      forge().asn1.fromDer(forge().util.createBuffer(bytes.toString('binary'))),
      false,
      password,
    );
    bags = p12.getBags({ bagType: forge().pki.oids.certBag })[forge().pki.oids.certBag] ?? [];
  } catch (err) {
    const reason =
      err instanceof Error && /password|mac/i.test(err.message) ? 'wrong ssl.truststore.password' : 'not a PKCS12 file';
    throw new ConfigError('ssl.truststore.location', location, `Cannot read the truststore: ${reason}`);
  }
  const certs = bags.map((bag) => {
    const asn1 = bag.cert ? forge().pki.certificateToAsn1(bag.cert) : (bag.asn1 as Forge.asn1.Asn1 | undefined);
    if (!asn1) return null;
    const der = Buffer.from(forge().asn1.toDer(asn1).getBytes(), 'binary');
    return (
      pemBlocks(`-----BEGIN CERTIFICATE-----\n${der.toString('base64')}\n-----END CERTIFICATE-----`)[0]?.pem ?? null
    );
  });
  const found = certs.filter((c): c is string => c !== null);
  if (found.length === 0)
    throw new ConfigError('ssl.truststore.location', location, 'No certificate found in the PKCS12 truststore');
  return found;
}

function readBytes(key: string, location: string): Buffer {
  try {
    return readFileSync(location);
  } catch (err) {
    throw new ConfigError(key, location, `Cannot read the file: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
}

function readText(key: string, location: string): string {
  return readBytes(key, location).toString('utf8');
}
