/**
 * Throwaway TLS material for development and tests: a CA, a broker certificate for localhost, 127.0.0.1 and ::1
 * (and any other names asked for), and a client certificate, each with its key, in PEM and in PKCS12 (for Java
 * clients, which read PKCS12 key and trust stores). Keys are RSA 2048 from Node's crypto; certificates are built and
 * signed (SHA-256) with node-forge, a pure-JavaScript library, since Node has no API to create X.509 certificates.
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import type Forge from 'node-forge';
import { forge } from './forge';

export interface PemPair {
  /** The certificate (for the broker and client, followed by the CA: the chain to present). */
  readonly cert: string;
  /** The unencrypted PKCS#8 private key. */
  readonly key: string;
}

export interface ThrowawayCertificates {
  readonly ca: PemPair;
  readonly broker: PemPair;
  readonly client: PemPair;
  /** PKCS12 key stores of the broker and the client, and a trust store holding the CA, all under `password`. */
  readonly brokerP12: Buffer;
  readonly clientP12: Buffer;
  readonly truststoreP12: Buffer;
  readonly password: string;
}

export interface CertificateOptions {
  /** Extra DNS names or IP addresses the broker certificate names, besides localhost, 127.0.0.1 and ::1. */
  readonly hosts?: readonly string[];
  /** The client certificate's common name (its principal: `User:CN=<name>`). Default `client`. */
  readonly clientName?: string;
  readonly days?: number;
  /** Validity of the client certificate in days, if not `days` (negative: already expired, to test a refusal). */
  readonly clientDays?: number;
  /** Password of the PKCS12 stores. Default `samsa-changeit`. */
  readonly password?: string;
}

export function generateCertificates(options: CertificateOptions = {}): ThrowawayCertificates {
  const days = options.days ?? 365;
  const password = options.password ?? 'samsa-changeit';
  const hosts = [...new Set(['localhost', '127.0.0.1', '::1', ...(options.hosts ?? [])])];
  const caKeys = keyPair();
  const ca = certificate({
    subject: [{ shortName: 'CN', value: 'samsa throwaway CA' }],
    publicKey: caKeys.publicKey,
    issuer: null,
    signer: caKeys.privateKey,
    days,
    extensions: [
      { name: 'basicConstraints', cA: true, critical: true },
      { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
      { name: 'subjectKeyIdentifier' },
    ],
  });
  const brokerKeys = keyPair();
  const broker = certificate({
    subject: [{ shortName: 'CN', value: 'localhost' }],
    publicKey: brokerKeys.publicKey,
    issuer: ca,
    signer: caKeys.privateKey,
    days,
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true, clientAuth: true },
      {
        name: 'subjectAltName',
        altNames: hosts.map((h) => (/^[\d.]+$|:/.test(h) ? { type: 7, ip: h } : { type: 2, value: h })),
      },
    ],
  });
  const clientKeys = keyPair();
  const client = certificate({
    subject: [{ shortName: 'CN', value: options.clientName ?? 'client' }],
    publicKey: clientKeys.publicKey,
    issuer: ca,
    signer: caKeys.privateKey,
    days: options.clientDays ?? days,
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
      { name: 'extKeyUsage', clientAuth: true },
    ],
  });
  const caPem = forge().pki.certificateToPem(ca);
  return {
    ca: { cert: caPem, key: keyPem(caKeys.privateKey) },
    broker: { cert: forge().pki.certificateToPem(broker) + caPem, key: keyPem(brokerKeys.privateKey) },
    client: { cert: forge().pki.certificateToPem(client) + caPem, key: keyPem(clientKeys.privateKey) },
    brokerP12: p12(brokerKeys.privateKey, [broker, ca], password, 'broker'),
    clientP12: p12(clientKeys.privateKey, [client, ca], password, 'client'),
    truststoreP12: p12(null, [ca], password, 'ca'),
    password,
  };
}

function keyPair(): Forge.pki.rsa.KeyPair {
  // Node's native generator: node-forge's JavaScript one takes seconds for a 2048-bit key.
  const { privateKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  const key = forge().pki.privateKeyFromPem(privateKey);
  return { privateKey: key, publicKey: forge().pki.setRsaPublicKey(key.n, key.e) };
}

function keyPem(key: Forge.pki.rsa.PrivateKey): string {
  return forge().pki.privateKeyInfoToPem(forge().pki.wrapRsaPrivateKey(forge().pki.privateKeyToAsn1(key)));
}

interface CertificateSpec {
  readonly subject: Forge.pki.CertificateField[];
  readonly publicKey: Forge.pki.rsa.PublicKey;
  readonly issuer: Forge.pki.Certificate | null;
  readonly signer: Forge.pki.rsa.PrivateKey;
  readonly days: number;
  readonly extensions: object[];
}

function certificate(spec: CertificateSpec): Forge.pki.Certificate {
  const cert = forge().pki.createCertificate();
  cert.publicKey = spec.publicKey;
  // A positive serial (high bit clear), random so certificates of different runs never collide in a client's cache.
  cert.serialNumber = `01${randomBytes(15).toString('hex')}`;
  const now = Date.now();
  const notAfter = now + spec.days * 24 * 60 * 60 * 1000;
  cert.validity.notBefore = new Date(Math.min(now - 60 * 60 * 1000, notAfter - 24 * 60 * 60 * 1000));
  cert.validity.notAfter = new Date(notAfter);
  cert.setSubject(spec.subject);
  cert.setIssuer(spec.issuer ? spec.issuer.subject.attributes : spec.subject);
  cert.setExtensions(
    spec.issuer
      ? [
          ...spec.extensions,
          { name: 'authorityKeyIdentifier', keyIdentifier: spec.issuer.generateSubjectKeyIdentifier().getBytes() },
        ]
      : spec.extensions,
  );
  cert.sign(spec.signer, forge().md.sha256.create());
  return cert;
}

function p12(
  key: Forge.pki.rsa.PrivateKey | null,
  chain: Forge.pki.Certificate[],
  password: string,
  friendlyName: string,
): Buffer {
  // AES-256 and SHA-256 (PBES2), which current OpenSSL and Java read; forge's default 3DES is refused by OpenSSL 3.
  const asn1 = forge().pkcs12.toPkcs12Asn1(key, chain, password, { algorithm: 'aes256', friendlyName });
  return Buffer.from(forge().asn1.toDer(asn1).getBytes(), 'binary');
}
