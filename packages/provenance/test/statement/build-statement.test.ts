import { describe, expect, it } from '@jest/globals';
import { buildProvenanceStatement } from '../../src/statement/build-statement.js';
import type { GitHubActionsFacts, LocalFacts, ProvenanceFacts } from '../../src/statement/facts.js';
import { LOCAL_BUILD_TYPE } from '../../src/statement/types.js';

const SUBJECT = { name: 'dist/app.tgz', digest: { sha256: '7d070f6b64d9bcc530fe99cc21eaaa4b3c364e0b2d367d7735671fa202a03b32' } };
const GITHUB: GitHubActionsFacts = {
  kind: 'github-actions',
  serverUrl: 'https://github.com',
  run: {
    source: 'verified-id-token',
    repository: 'owner/repo',
    repositoryId: '123456789',
    repositoryOwnerId: '987654',
    ref: 'refs/heads/main',
    sha: 'babca52ab0c93ae16539e5923cb0d7403b9a093b',
    eventName: 'push',
    workflowRef: 'owner/repo/.github/workflows/release.yml@refs/heads/main',
    jobWorkflowRef: 'owner/repo/.github/workflows/release.yml@refs/heads/main',
    runId: '1536140711',
    runAttempt: '1',
    runnerEnvironment: 'github-hosted',
  },
};

describe('buildProvenanceStatement on GitHub Actions', () => {
  it('emits every field actions/attest emits, with the same values', () => {
    expect(buildProvenanceStatement([SUBJECT], GITHUB)).toEqual({
      _type: 'https://in-toto.io/Statement/v1',
      subject: [SUBJECT],
      predicateType: 'https://slsa.dev/provenance/v1',
      predicate: {
        buildDefinition: {
          buildType: 'https://actions.github.io/buildtypes/workflow/v1',
          externalParameters: { workflow: { ref: 'refs/heads/main', repository: 'https://github.com/owner/repo', path: '.github/workflows/release.yml' } },
          internalParameters: { github: { event_name: 'push', repository_id: '123456789', repository_owner_id: '987654', runner_environment: 'github-hosted' } },
          resolvedDependencies: [{ uri: 'git+https://github.com/owner/repo@refs/heads/main', digest: { gitCommit: 'babca52ab0c93ae16539e5923cb0d7403b9a093b' } }],
        },
        runDetails: {
          builder: { id: 'https://github.com/owner/repo/.github/workflows/release.yml@refs/heads/main' },
          metadata: { invocationId: 'https://github.com/owner/repo/actions/runs/1536140711/attempts/1' },
        },
      },
    });
  });

  it('names a reusable workflow as the builder, on a GHE.com tenant, with times in whole seconds', () => {
    const facts: GitHubActionsFacts = {
      ...GITHUB,
      serverUrl: 'https://acme.ghe.com/',
      run: { ...GITHUB.run, jobWorkflowRef: 'owner/workflows/.github/workflows/build.yml@refs/tags/v2' },
      startedOn: new Date('2026-01-02T03:04:05.678Z'),
      finishedOn: new Date('2026-01-02T03:09:00.000Z'),
    };
    const { runDetails, buildDefinition } = buildProvenanceStatement([SUBJECT], facts).predicate;
    expect(runDetails).toEqual({
      builder: { id: 'https://acme.ghe.com/owner/workflows/.github/workflows/build.yml@refs/tags/v2' },
      metadata: { invocationId: 'https://acme.ghe.com/owner/repo/actions/runs/1536140711/attempts/1', startedOn: '2026-01-02T03:04:05Z', finishedOn: '2026-01-02T03:09:00Z' },
    });
    expect(buildDefinition.externalParameters).toEqual({ workflow: { ref: 'refs/heads/main', repository: 'https://acme.ghe.com/owner/repo', path: '.github/workflows/release.yml' } });
  });

  it('is the same statement, byte for byte, whatever order the subjects come in', () => {
    const other = { name: 'a.txt', digest: { sha256: 'f'.repeat(64) } };
    expect(JSON.stringify(buildProvenanceStatement([SUBJECT, other], GITHUB))).toBe(JSON.stringify(buildProvenanceStatement([other, SUBJECT], GITHUB)));
  });

  it.each<[string, GitHubActionsFacts, string]>([
    ['a pull_request run (the build type forbids it)', { ...GITHUB, run: { ...GITHUB.run, eventName: 'pull_request' } }, 'PROVENANCE_EVENT_UNSUPPORTED'],
    ['a repository_dispatch run', { ...GITHUB, run: { ...GITHUB.run, eventName: 'repository_dispatch' } }, 'PROVENANCE_EVENT_UNSUPPORTED'],
    ['a ref outside refs/', { ...GITHUB, run: { ...GITHUB.run, ref: 'main' } }, 'PROVENANCE_FACTS_INVALID'],
    ['a short commit', { ...GITHUB, run: { ...GITHUB.run, sha: 'babca52' } }, 'PROVENANCE_FACTS_INVALID'],
    ['a repository without owner', { ...GITHUB, run: { ...GITHUB.run, repository: 'repo' } }, 'PROVENANCE_FACTS_INVALID'],
    ['a server URL with a path', { ...GITHUB, serverUrl: 'https://github.com/evil' }, 'PROVENANCE_FACTS_INVALID'],
    ['a workflow ref of another repository', { ...GITHUB, run: { ...GITHUB.run, workflowRef: 'other/repo/.github/workflows/release.yml@refs/heads/main' } }, 'PROVENANCE_FACTS_INVALID'],
  ])('refuses %s', (_, facts, code) => {
    expect(() => buildProvenanceStatement([SUBJECT], facts)).toThrow(expect.objectContaining({ code }));
  });

  it('refuses no subjects, a duplicate and a bad digest even when called directly', () => {
    expect(() => buildProvenanceStatement([], GITHUB)).toThrow(expect.objectContaining({ code: 'PROVENANCE_SUBJECTS_EMPTY' }));
    expect(() => buildProvenanceStatement([SUBJECT, { ...SUBJECT, name: './dist/app.tgz' }], GITHUB)).toThrow(expect.objectContaining({ code: 'PROVENANCE_SUBJECT_DUPLICATE' }));
    expect(() => buildProvenanceStatement([{ name: 'a', digest: { sha256: 'nope' } }], GITHUB)).toThrow(expect.objectContaining({ code: 'PROVENANCE_SUBJECT_PAIR_MALFORMED' }));
  });

  it('records the approval gate\'s evidence at internalParameters.ringfence.approval, beside the github parameters', () => {
    const approval = { commit: GITHUB.run.sha, pullRequest: 7, headSha: 'b'.repeat(40), approvers: ['alice'], guardVerdict: 'allowed' as const, policyBlobSha: null };
    const { internalParameters } = buildProvenanceStatement([SUBJECT], { ...GITHUB, approval }).predicate.buildDefinition;
    expect(internalParameters).toEqual({ github: expect.objectContaining({ event_name: 'push' }), ringfence: { approval } });
  });

  it('refuses approval evidence for another commit than the one built', () => {
    const approval = { commit: 'f'.repeat(40), pullRequest: 7, headSha: 'b'.repeat(40), approvers: [], guardVerdict: 'allowed' as const, policyBlobSha: null };
    expect(() => buildProvenanceStatement([SUBJECT], { ...GITHUB, approval })).toThrow(expect.objectContaining({ code: 'PROVENANCE_FACTS_INVALID' }));
  });

  it('refuses an unknown kind of facts (defense in depth)', () => {
    expect(() => buildProvenanceStatement([SUBJECT], { kind: 'jenkins' } as unknown as ProvenanceFacts)).toThrow(expect.objectContaining({ code: 'PROVENANCE_FACTS_INVALID' }));
  });
});

describe('buildProvenanceStatement outside GitHub Actions', () => {
  const LOCAL: LocalFacts = { kind: 'local', builderId: 'urn:ringfence:cli', invocationId: 'urn:uuid:0f8fad5b-d9cb-469f-a165-70867728950e' };

  it('says so with its own build type, and records the commit when known', () => {
    const facts: LocalFacts = { ...LOCAL, builderVersion: { ringfence: '0.1.0' }, source: { commit: 'c'.repeat(40), ref: 'refs/heads/dev' }, finishedOn: new Date('2026-03-04T05:06:07Z') };
    expect(buildProvenanceStatement([SUBJECT], facts).predicate).toEqual({
      buildDefinition: { buildType: LOCAL_BUILD_TYPE, externalParameters: { source: { ref: 'refs/heads/dev', commit: 'c'.repeat(40) } }, resolvedDependencies: [{ name: 'source', digest: { gitCommit: 'c'.repeat(40) } }] },
      runDetails: { builder: { id: 'urn:ringfence:cli', version: { ringfence: '0.1.0' } }, metadata: { invocationId: LOCAL.invocationId, finishedOn: '2026-03-04T05:06:07Z' } },
    });
  });

  it('keeps only what it knows: no source, no version, no ref', () => {
    expect(buildProvenanceStatement([SUBJECT], LOCAL).predicate).toEqual({
      buildDefinition: { buildType: LOCAL_BUILD_TYPE, externalParameters: {} },
      runDetails: { builder: { id: 'urn:ringfence:cli' }, metadata: { invocationId: LOCAL.invocationId } },
    });
    expect(buildProvenanceStatement([SUBJECT], { ...LOCAL, source: { commit: 'c'.repeat(40) } }).predicate.buildDefinition.externalParameters).toEqual({ source: { commit: 'c'.repeat(40) } });
  });
});
