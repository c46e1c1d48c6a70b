/**
 * A certificate's subject as Java's `X500Principal.getName()` writes it (RFC 2253), which is what Kafka's
 * `ssl.principal.mapping.rules` match: the RDNs in reverse order, comma separated, multi-valued RDNs joined by `+`,
 * the RFC 2253 keywords (CN, C, L, ST, O, OU, DC, UID, STREET) by name and any other attribute as its dotted OID
 * with the value's DER in hex (`1.2.840.113549.1.9.1=#16...`), special characters escaped with a backslash.
 * The subject is read from the certificate's DER with node-forge's ASN.1 reader (any key type).
 */
import type Forge from 'node-forge';
import { forge } from './forge';

const KEYWORDS: Readonly<Record<string, string>> = {
  '2.5.4.3': 'CN',
  '2.5.4.6': 'C',
  '2.5.4.7': 'L',
  '2.5.4.8': 'ST',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
  '2.5.4.9': 'STREET',
  '0.9.2342.19200300.100.1.25': 'DC',
  '0.9.2342.19200300.100.1.1': 'UID',
};

/** RFC 2253 subject of a DER certificate. */
export function subjectRfc2253(der: Buffer): string {
  const cert = forge().asn1.fromDer(forge().util.createBuffer(der.toString('binary')));
  const tbs = (cert.value as Forge.asn1.Asn1[])[0] as Forge.asn1.Asn1;
  const fields = tbs.value as Forge.asn1.Asn1[];
  // tbsCertificate: [0] version (explicit, optional), serial, signature, issuer, validity, subject, ...
  const offset = fields[0]?.tagClass === forge().asn1.Class.CONTEXT_SPECIFIC ? 1 : 0;
  const subject = fields[offset + 4] as Forge.asn1.Asn1;
  const rdns = (subject.value as Forge.asn1.Asn1[]).map((rdn) =>
    (rdn.value as Forge.asn1.Asn1[]).map((ava) => attribute(ava)).join('+'),
  );
  return rdns.reverse().join(',');
}

function attribute(ava: Forge.asn1.Asn1): string {
  const [oidNode, valueNode] = ava.value as Forge.asn1.Asn1[];
  const oid = forge().asn1.derToOid(forge().util.createBuffer((oidNode as Forge.asn1.Asn1).value as string));
  const value = valueNode as Forge.asn1.Asn1;
  const keyword = KEYWORDS[oid];
  if (keyword === undefined || typeof value.value !== 'string') {
    const der = Buffer.from(forge().asn1.toDer(value).getBytes(), 'binary');
    return `${oid}=#${der.toString('hex')}`;
  }
  const text =
    value.type === forge().asn1.Type.BMPSTRING
      ? Buffer.from(value.value, 'binary').swap16().toString('utf16le')
      : value.type === forge().asn1.Type.UTF8
        ? forge().util.decodeUtf8(value.value)
        : value.value;
  return `${keyword}=${escapeValue(text)}`;
}

/** RFC 2253 section 2.4, as Java's AVA.toRFC2253String escapes. */
function escapeValue(value: string): string {
  let out = value.replace(/[,=+<>#;"\\]/g, (c, i: number) => (c === '#' && i > 0 ? c : `\\${c}`));
  if (out.startsWith(' ')) out = `\\${out}`;
  if (out.endsWith(' ') && out.length > 1) out = `${out.slice(0, -1)}\\ `;
  return out;
}
