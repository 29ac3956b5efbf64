import { createPrivateKey } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { TokenMintError } from './errors.js';

const PEM = /^-----BEGIN (RSA PRIVATE KEY|PRIVATE KEY)-----\n([A-Za-z0-9+/=\n]+)\n-----END \1-----$/u;
// GitHub generates 2048-bit keys; anything shorter is not one of its App keys.
const MIN_BITS = 2048;

/**
 * The App's private key as a signing key. Accepts what GitHub hands out (PKCS#1,
 * `BEGIN RSA PRIVATE KEY`) and PKCS#8, with CRLF line ends or `\n` written as two characters
 * (as secrets pasted into one line often are). Throws TOKEN_APP_KEY_INVALID saying what is
 * wrong, never quoting the key.
 */
export function readAppPrivateKey(text: string): KeyObject {
  const pem = normalisePem(text);
  const match = PEM.exec(pem);
  if (!match) throw invalid(describeShape(pem));
  let key: KeyObject;
  try {
    key = createPrivateKey({ key: pem, format: 'pem' });
  } catch (error) {
    throw invalid(`the ${match[1]} block does not decode to a key (${(error as { code?: string }).code ?? 'unreadable'})`, error);
  }
  if (key.asymmetricKeyType !== 'rsa') throw invalid(`expected an RSA key, found ${key.asymmetricKeyType ?? 'another kind of key'}`);
  const bits = key.asymmetricKeyDetails?.modulusLength ?? 0;
  if (bits < MIN_BITS) throw invalid(`expected an RSA key of at least ${MIN_BITS} bits, found ${bits}`);
  return key;
}

/** The key as PEM: `\n` escapes and CRLF turned into newlines, surrounding space dropped. */
export function normalisePem(text: string): string {
  return text.replace(/\\n/gu, '\n').replace(/\r\n?/gu, '\n').trim();
}

// Says what the text looks like instead of a PEM key, without repeating any of it.
function describeShape(pem: string): string {
  if (pem === '') return 'the key is empty';
  if (/-----BEGIN (?:PUBLIC KEY|RSA PUBLIC KEY|CERTIFICATE)-----/u.test(pem)) return 'expected the private key, found a public key or certificate';
  if (/-----BEGIN (?:ENCRYPTED PRIVATE KEY|OPENSSH PRIVATE KEY|EC PRIVATE KEY)-----/u.test(pem)) return 'expected the unencrypted RSA key GitHub generates (BEGIN RSA PRIVATE KEY), found another kind of key';
  if (!pem.startsWith('-----BEGIN ')) return 'expected a PEM block starting with -----BEGIN RSA PRIVATE KEY-----';
  if (!/-----END [A-Z ]+-----$/u.test(pem)) return 'the PEM block has no END line (was the key cut short?)';
  return 'the PEM block is malformed (its BEGIN and END lines differ, or its body is not base64)';
}

function invalid(detail: string, cause?: unknown): TokenMintError {
  return new TokenMintError('TOKEN_APP_KEY_INVALID', `input private-key: ${detail}`, cause === undefined ? undefined : { cause });
}
