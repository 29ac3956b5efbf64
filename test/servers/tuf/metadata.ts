import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { canonicalize } from '@tufjs/canonical-json';

/** One ed25519 signing key as TUF metadata names it (theupdateframework/specification, "Key objects"). */
export interface TufKey {
  readonly id: string;
  /** The `keys` entry of root metadata. */
  readonly json: { readonly keytype: 'ed25519'; readonly scheme: 'ed25519'; readonly keyval: { readonly public: string } };
  readonly privateKey: KeyObject;
}

/** A signed metadata file: `{ signed, signatures }`, ready to serve. */
export interface SignedMetadata {
  readonly signed: Record<string, unknown>;
  readonly signatures: readonly { readonly keyid: string; readonly sig: string }[];
}

/** The spec version the metadata declares (tuf-js accepts 1.x). */
export const SPEC_VERSION = '1.0.31';

/** A fresh ed25519 key; the key id is the sha256 of the key object's canonical JSON, as the spec derives it. */
export function generateTufKey(): TufKey {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  // The raw 32-byte public key is the last 32 bytes of its SPKI DER.
  const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32);
  const json = { keytype: 'ed25519', scheme: 'ed25519', keyval: { public: raw.toString('hex') } } as const;
  return { id: createHash('sha256').update(canonicalize(json)).digest('hex'), json, privateKey };
}

/** Signs the canonical JSON of `signed` with each key (the spec's "signatures" over canonical `signed`). */
export function signMetadata(signed: Record<string, unknown>, keys: readonly TufKey[]): SignedMetadata {
  const bytes = Buffer.from(canonicalize(signed));
  return { signed, signatures: keys.map((key) => ({ keyid: key.id, sig: sign(null, bytes, key.privateKey).toString('hex') })) };
}

/** Root metadata naming one key per role, each with threshold 1, and consistent snapshots. */
export function rootMetadata(version: number, expires: Date, roles: { root: TufKey; targets: TufKey; snapshot: TufKey; timestamp: TufKey }): Record<string, unknown> {
  const keys = Object.fromEntries(Object.values(roles).map((key) => [key.id, key.json]));
  const role = (key: TufKey): unknown => ({ keyids: [key.id], threshold: 1 });
  return {
    _type: 'root',
    spec_version: SPEC_VERSION,
    version,
    expires: iso(expires),
    consistent_snapshot: true,
    keys,
    roles: { root: role(roles.root), targets: role(roles.targets), snapshot: role(roles.snapshot), timestamp: role(roles.timestamp) },
  };
}

/** Targets metadata listing each file with its length and sha256. */
export function targetsMetadata(version: number, expires: Date, files: Readonly<Record<string, Buffer>>): Record<string, unknown> {
  const targets = Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, { length: bytes.length, hashes: { sha256: sha256(bytes) } }]));
  return { _type: 'targets', spec_version: SPEC_VERSION, version, expires: iso(expires), targets };
}

/** Snapshot metadata naming the targets version. */
export function snapshotMetadata(version: number, expires: Date, targetsVersion: number): Record<string, unknown> {
  return { _type: 'snapshot', spec_version: SPEC_VERSION, version, expires: iso(expires), meta: { 'targets.json': { version: targetsVersion } } };
}

/** Timestamp metadata naming the snapshot version. */
export function timestampMetadata(version: number, expires: Date, snapshotVersion: number): Record<string, unknown> {
  return { _type: 'timestamp', spec_version: SPEC_VERSION, version, expires: iso(expires), meta: { 'snapshot.json': { version: snapshotVersion } } };
}

export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

// TUF's date-time form: seconds precision with a Z.
function iso(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}
