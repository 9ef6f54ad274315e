/**
 * A throw-away self-signed TLS certificate for the fixture server, made at test time with
 * node:crypto (no openssl, no key on disk, nothing committed). It names every fixture host
 * in subjectAltName; the browsers are told to accept it (Chromium --ignore-certificate-errors,
 * Firefox acceptInsecureCerts).
 */
import { X509Certificate, generateKeyPairSync, randomBytes, sign } from 'node:crypto';

export interface TlsIdentity {
  key: string;
  cert: string;
}

const OID_ECDSA_WITH_SHA256 = '1.2.840.10045.4.3.2';
const OID_COMMON_NAME = '2.5.4.3';
const OID_SUBJECT_ALT_NAME = '2.5.29.17';
const OID_BASIC_CONSTRAINTS = '2.5.29.19';

function derLength(n: number): Buffer {
  if (n < 0x80) return Buffer.from([n]);
  const bytes: number[] = [];
  for (let rest = n; rest > 0; rest = Math.floor(rest / 256)) bytes.unshift(rest % 256);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}

function tlv(tag: number, ...parts: Buffer[]): Buffer {
  const body = Buffer.concat(parts);
  return Buffer.concat([Buffer.from([tag]), derLength(body.length), body]);
}

const sequence = (...parts: Buffer[]): Buffer => tlv(0x30, ...parts);

function objectId(dotted: string): Buffer {
  const [first = 0, second = 0, ...rest] = dotted.split('.').map(Number);
  const bytes = [40 * first + second];
  for (const value of rest) {
    const chunk = [value & 0x7f];
    for (let v = value >>> 7; v > 0; v >>>= 7) chunk.unshift((v & 0x7f) | 0x80);
    bytes.push(...chunk);
  }
  return tlv(0x06, Buffer.from(bytes));
}

/** DER INTEGER from unsigned big-endian bytes. */
function unsignedInteger(bytes: Buffer): Buffer {
  const first = bytes[0] ?? 0;
  return tlv(0x02, first & 0x80 ? Buffer.concat([Buffer.from([0]), bytes]) : bytes);
}

function utcTime(date: Date): Buffer {
  const iso = date.toISOString(); // 2025-01-31T12:34:56.789Z
  const text = iso.slice(2, 4) + iso.slice(5, 7) + iso.slice(8, 10) + iso.slice(11, 13) + iso.slice(14, 16) + iso.slice(17, 19) + 'Z';
  return tlv(0x17, Buffer.from(text, 'ascii'));
}

function distinguishedName(commonName: string): Buffer {
  return sequence(tlv(0x31, sequence(objectId(OID_COMMON_NAME), tlv(0x0c, Buffer.from(commonName, 'utf8')))));
}

function extension(oid: string, critical: boolean, value: Buffer): Buffer {
  return sequence(objectId(oid), ...(critical ? [tlv(0x01, Buffer.from([0xff]))] : []), tlv(0x04, value));
}

function toPem(label: string, der: Buffer): string {
  const lines = der.toString('base64').match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

/** A P-256 key and a certificate valid from an hour ago for two days, for the given DNS names. */
export function createSelfSignedCertificate(hostNames: readonly string[]): TlsIdentity {
  if (hostNames.length === 0) throw new Error('createSelfSignedCertificate: no host names given');
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const algorithm = sequence(objectId(OID_ECDSA_WITH_SHA256));
  const serial = randomBytes(16);
  serial[0] = (serial[0] ?? 0) & 0x7f;
  const now = Date.now();
  const name = distinguishedName('Dala Reader e2e fixtures');
  const altNames = sequence(...hostNames.map((h) => tlv(0x82, Buffer.from(h, 'ascii'))));
  const tbs = sequence(
    tlv(0xa0, unsignedInteger(Buffer.from([2]))), // version 3
    unsignedInteger(serial),
    algorithm,
    name,
    sequence(utcTime(new Date(now - 3_600_000)), utcTime(new Date(now + 2 * 86_400_000))),
    name,
    publicKey.export({ type: 'spki', format: 'der' }),
    tlv(0xa3, sequence(extension(OID_BASIC_CONSTRAINTS, true, sequence()), extension(OID_SUBJECT_ALT_NAME, false, altNames))),
  );
  const signature = sign('sha256', tbs, privateKey);
  const certDer = sequence(tbs, algorithm, tlv(0x03, Buffer.from([0]), signature));
  const cert = toPem('CERTIFICATE', certDer);
  const parsed = new X509Certificate(cert);
  if (!parsed.verify(publicKey) || parsed.checkHost(hostNames[0] ?? '') === undefined) {
    throw new Error('createSelfSignedCertificate: the generated certificate does not verify');
  }
  return { key: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), cert };
}
