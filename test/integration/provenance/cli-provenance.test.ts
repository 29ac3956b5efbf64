import { createHash, generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { RingfenceError } from '@ringfence/core';
import { LOCAL_BUILD_TYPE, verifyProvenanceBundle } from '@ringfence/provenance';
import { provenanceCommand } from '../../../packages/cli/src/commands/provenance.js';
import type { Io } from '../../../packages/cli/src/io.js';
import { TempRepo } from '../../support/git-repo.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function workspace(files: Record<string, string> = { 'dist/app.tgz': 'app', 'dist/app.sbom.json': '{}' }): string {
  const dir = mkdtempSync(join(tmpdir(), 'rf-prov-'));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

function io(cwd: string): Io & { stdout: string } {
  const captured = { cwd, stdout: '', out: (t: string) => void (captured.stdout += `${t}\n`), err: () => undefined };
  return captured;
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');
const KEY = generateKeyPairSync('ec', { namedCurve: 'P-256' });

describe('ringfence provenance', () => {
  it('signs the matched files with --key into a bundle that verifies, under the local build type', async () => {
    const dir = workspace();
    writeFileSync(join(dir, 'signing.pem'), KEY.privateKey.export({ format: 'pem', type: 'pkcs8' }));
    const run = io(dir);
    expect(await provenanceCommand(['--subjects', 'dist/*', '--key', 'signing.pem', '--out', 'prov.json', '--json'], run)).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ signed: true, subjects: 2, buildType: LOCAL_BUILD_TYPE });
    const statement = verifyProvenanceBundle(JSON.parse(readFileSync(join(dir, 'prov.json'), 'utf8')), { signer: { kind: 'public-key', publicKeyPem: KEY.publicKey.export({ format: 'pem', type: 'spki' }).toString() } });
    expect(statement.subject).toEqual([
      { name: 'dist/app.sbom.json', digest: { sha256: sha256('{}') } },
      { name: 'dist/app.tgz', digest: { sha256: sha256('app') } },
    ]);
    expect(statement.predicate.runDetails.builder).toEqual({ id: 'urn:ringfence:cli', version: { ringfence: '0.1.0' } });
  });

  it('without --key writes the bare statement, naming the commit checked out', async () => {
    const repo = new TempRepo();
    dirs.push(repo.dir);
    const commit = repo.write('dist/app.tgz', 'app').commit();
    expect(await provenanceCommand(['--subjects', 'dist/app.tgz', '--out', 'statement.json'], io(repo.dir))).toBe(0);
    const statement = JSON.parse(readFileSync(join(repo.dir, 'statement.json'), 'utf8'));
    expect(statement.predicate.buildDefinition).toMatchObject({ externalParameters: { source: { ref: 'refs/heads/main', commit } }, resolvedDependencies: [{ digest: { gitCommit: commit } }] });
  });

  it('takes subjects from a checksums file as written', async () => {
    const dir = workspace({ 'SHA256SUMS': `${sha256('x')}  dist/x.bin\n${sha256('y')} *dist/y.bin\n` });
    expect(await provenanceCommand(['--checksums', 'SHA256SUMS', '--out', 's.json'], io(dir))).toBe(0);
    expect((JSON.parse(readFileSync(join(dir, 's.json'), 'utf8')) as { subject: { name: string }[] }).subject.map((s) => s.name)).toEqual(['dist/x.bin', 'dist/y.bin']);
  });
});

describe('ringfence provenance refuses, with a typed error and no output file', () => {
  const outside = workspace({ 'secret.key': 'do not sign me' });
  const cases: [string, Record<string, string>, (dir: string) => void, string[], string][] = [
    ['a checksums file with a malformed line names the line', { 'SUMS': `${sha256('a')}  a\nnot a checksum line\n` }, () => undefined, ['--checksums', 'SUMS'], 'PROVENANCE_CHECKSUMS_MALFORMED'],
    ['a missing file', {}, () => undefined, ['--subjects', 'dist/missing.tgz'], 'PROVENANCE_SUBJECT_UNREADABLE'],
    ['a dangling symlink', {}, (dir) => symlinkSync(join(dir, 'gone'), join(dir, 'link.tgz')), ['--subjects', '*.tgz'], 'PROVENANCE_SUBJECT_UNREADABLE'],
    ['a symlink leaving the workspace', {}, (dir) => symlinkSync(join(outside, 'secret.key'), join(dir, 'app.tgz')), ['--subjects', '*.tgz'], 'PROVENANCE_SYMLINK_ESCAPES'],
    ['a glob matching nothing', { 'a.txt': 'a' }, () => undefined, ['--subjects', 'dist/**'], 'PROVENANCE_PATTERN_UNMATCHED'],
    ['a pattern leaving the workspace', { 'a.txt': 'a' }, () => undefined, ['--subjects', '../*'], 'PROVENANCE_PATTERN_INVALID'],
    ['the same name from a glob and a checksums file', { 'a.txt': 'a', 'SUMS': `${sha256('b')}  a.txt\n` }, () => undefined, ['--subjects', 'a.txt', '--checksums', 'SUMS'], 'PROVENANCE_SUBJECT_DUPLICATE'],
    ['an empty checksums file', { 'SUMS': '\n' }, () => undefined, ['--checksums', 'SUMS'], 'PROVENANCE_SUBJECTS_EMPTY'],
    ['no subjects at all', {}, () => undefined, [], 'USAGE_MISSING_ARGUMENT'],
    ['an unreadable key file', { 'a.txt': 'a' }, () => undefined, ['--subjects', 'a.txt', '--key', 'nope.pem'], 'USAGE_INVALID_VALUE'],
  ];
  it.each(cases)('%s', async (_, files, prepare, args, code) => {
    const dir = workspace(files);
    prepare(dir);
    const error = await provenanceCommand([...args, '--out', 'out.json'], io(dir)).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(RingfenceError);
    expect(error).toMatchObject({ code });
    expect(existsSync(join(dir, 'out.json'))).toBe(false);
  });

  it('the malformed checksum line is named by file and line number', async () => {
    const dir = workspace({ SUMS: `${sha256('a')}  a\n\n${sha256('b')}\tb\n` });
    await expect(provenanceCommand(['--checksums', 'SUMS', '--out', 'o.json'], io(dir))).rejects.toMatchObject({ message: expect.stringMatching(/^SUMS:3: /u), location: { file: 'SUMS', line: 3 } });
  });

  it('--help prints the usage and exits 0', async () => {
    const run = io(tmpdir());
    expect(await provenanceCommand(['--help'], run)).toBe(0);
    expect(run.stdout).toContain('Usage: ringfence provenance --subjects GLOB...');
  });

  it('--out is required', async () => {
    await expect(provenanceCommand(['--subjects', 'a'], io(tmpdir()))).rejects.toMatchObject({ code: 'USAGE_MISSING_ARGUMENT' });
  });
});
