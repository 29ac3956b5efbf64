// Streaming sha256 of a 1 GiB file against coreutils' sha256sum on the same (cached) file in
// the same run, peak RSS after 128 MiB and after 1 GiB (flat means streaming works), and
// 10,000 small subjects collected, digested and described end to end. One JSON line.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildProvenanceStatement } from '../packages/provenance/src/statement/build-statement.js';
import { collectSubjects } from '../packages/provenance/src/subjects/collect-subjects.js';
import { digestFile } from '../packages/provenance/src/subjects/digest-file.js';

const MiB = 1024 * 1024;
const dir = mkdtempSync(join(tmpdir(), 'ringfence-digest-bench-'));

// Random 1 MiB blocks, each written many times: fast to make, incompressible for the hash.
function makeFile(name: string, mebibytes: number): string {
  const path = join(dir, name);
  const block = randomBytes(MiB);
  const fd = openSync(path, 'w');
  for (let i = 0; i < mebibytes; i++) writeSync(fd, block);
  closeSync(fd);
  return path;
}

const maxRssMb = (): number => Math.round(process.resourceUsage().maxRSS / 1024);

async function seconds(run: () => unknown): Promise<number> {
  const start = process.hrtime.bigint();
  await run();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

// Best of three, alternating, so neither side gets a colder cache or a noisier moment.
async function race(path: string): Promise<{ node: number; sha256sum: number; same: boolean }> {
  let node = Infinity;
  let coreutils = Infinity;
  let ours = '';
  let theirs = '';
  for (let i = 0; i < 3; i++) {
    node = Math.min(node, await seconds(async () => (ours = await digestFile(path))));
    coreutils = Math.min(coreutils, await seconds(() => (theirs = execFileSync('sha256sum', [path], { encoding: 'utf8' }).slice(0, 64))));
  }
  return { node, sha256sum: coreutils, same: ours === theirs };
}

async function smallSubjects(count: number): Promise<{ subjects: number; ms: number; statementBytes: number }> {
  const root = join(dir, 'many');
  for (let i = 0; i < count; i++) {
    if (i % 100 === 0) mkdirSync(join(root, String(i / 100)), { recursive: true });
    writeFileSync(join(root, String(Math.floor(i / 100)), `${i}.bin`), `subject ${i}\n`);
  }
  let bytes = 0;
  let subjects = 0;
  const s = await seconds(async () => {
    const found = await collectSubjects({ workspace: root, patterns: ['**/*.bin'] });
    const statement = buildProvenanceStatement(found, { kind: 'local', builderId: 'urn:ringfence:bench', invocationId: 'urn:uuid:00000000-0000-4000-8000-000000000000' });
    bytes = JSON.stringify(statement).length;
    subjects = statement.subject.length;
  });
  return { subjects, ms: Math.round(s * 1000), statementBytes: bytes };
}

try {
  const baselineRssMb = maxRssMb();
  const small = makeFile('128MiB.bin', 128);
  await digestFile(small);
  const rssAfter128MiB = maxRssMb();
  const large = makeFile('1GiB.bin', 1024);
  const times = await race(large);
  const rssAfter1GiB = maxRssMb();
  const mibPerSecond = (s: number): number => Math.round(1024 / s);
  console.log(JSON.stringify({
    bench: 'digest',
    file: '1 GiB, page-cached',
    node: { seconds: Number(times.node.toFixed(3)), mibPerSecond: mibPerSecond(times.node) },
    sha256sum: { seconds: Number(times.sha256sum.toFixed(3)), mibPerSecond: mibPerSecond(times.sha256sum) },
    ratio: Number((times.sha256sum / times.node).toFixed(2)),
    digestsAgree: times.same,
    maxRssMb: { baseline: baselineRssMb, after128MiB: rssAfter128MiB, after1GiB: rssAfter1GiB },
    smallSubjects: await smallSubjects(10_000),
    goal: 'ratio >= 0.9 (node vs sha256sum throughput), maxRss <= 150 MB and flat from 128 MiB to 1 GiB',
  }));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
