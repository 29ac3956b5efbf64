import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { writeFileSync } from 'node:fs';
import type { SignedMetadata, TufKey } from './metadata.js';
import { generateTufKey, rootMetadata, sha256, signMetadata, snapshotMetadata, targetsMetadata, timestampMetadata } from './metadata.js';

/** What the repository serves as its one target. */
export interface TufRepositoryOptions {
  /** `trusted_root.json` content (e.g. the loopback Sigstore's `trustedRoot`). */
  readonly trustedRoot: unknown;
}

/** A running loopback TUF repository (consistent snapshots, one key per role) serving `trusted_root.json`. */
export interface TufRepository {
  readonly url: string;
  /** `1.root.json`: what a client is given out of band as its initial root. */
  readonly initialRoot: string;
  /** Every path requested, in order. */
  readonly requests: string[];
  /** Writes the initial root to `file` and returns the path. */
  writeInitialRoot(file: string): string;
  /** Signs and serves the next timestamp, expiring at `expires` (default: in a week). */
  publishTimestamp(options?: { readonly expires?: Date; readonly version?: number }): void;
  /** Serves `bytes` where the signed target is fetched, without re-signing: a hash mismatch. */
  tamperTarget(bytes: Buffer): void;
  /** Serves the next root version signed only by a key the current root does not name. */
  publishRootSignedByStranger(): void;
  close(): Promise<void>;
}

const WEEK = 7 * 24 * 3600 * 1000;

/**
 * Starts a TUF repository on 127.0.0.1 (port 0) laid out as the TUF client workflow fetches
 * it with consistent snapshots: `/N.root.json`, `/timestamp.json`, `/N.snapshot.json`,
 * `/N.targets.json`, `/targets/<sha256>.trusted_root.json`. Metadata is signed with ed25519
 * keys generated here, over canonical JSON (theupdateframework/specification).
 */
export async function startTufRepository(options: TufRepositoryOptions): Promise<TufRepository> {
  const roles = { root: generateTufKey(), targets: generateTufKey(), snapshot: generateTufKey(), timestamp: generateTufKey() };
  const files = new Map<string, Buffer>();
  const requests: string[] = [];
  const serve = (path: string, metadata: SignedMetadata | Buffer): void => void files.set(path, Buffer.isBuffer(metadata) ? metadata : Buffer.from(JSON.stringify(metadata)));
  const target = Buffer.from(JSON.stringify(options.trustedRoot));
  const targetPath = `/targets/${sha256(target)}.trusted_root.json`;
  const later = (): Date => new Date(Date.now() + WEEK);

  serve('/1.root.json', signMetadata(rootMetadata(1, new Date(Date.now() + 52 * WEEK), roles), [roles.root]));
  serve('/1.targets.json', signMetadata(targetsMetadata(1, later(), { 'trusted_root.json': target }), [roles.targets]));
  serve('/1.snapshot.json', signMetadata(snapshotMetadata(1, later(), 1), [roles.snapshot]));
  serve(targetPath, target);
  let timestampVersion = 0;
  const publishTimestamp = (given: { expires?: Date; version?: number } = {}): void => {
    timestampVersion = given.version ?? timestampVersion + 1;
    serve('/timestamp.json', signMetadata(timestampMetadata(timestampVersion, given.expires ?? later(), 1), [roles.timestamp]));
  };
  publishTimestamp();

  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    requests.push(path);
    const body = req.method === 'GET' ? files.get(path) : undefined;
    res.writeHead(body ? 200 : 404, { 'content-type': 'application/json' }).end(body ?? '{"error":"not found"}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const initialRoot = files.get('/1.root.json')!.toString('utf8');
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    initialRoot,
    requests,
    writeInitialRoot: (file) => (writeFileSync(file, initialRoot), file),
    publishTimestamp,
    tamperTarget: (bytes) => serve(targetPath, bytes),
    publishRootSignedByStranger: () => {
      const stranger: TufKey = generateTufKey();
      serve('/2.root.json', signMetadata(rootMetadata(2, new Date(Date.now() + 52 * WEEK), { ...roles, root: stranger }), [stranger]));
    },
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
