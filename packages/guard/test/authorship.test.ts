import { describe, expect, it } from '@jest/globals';
import { assessAuthorship } from '../src/authorship.js';

const maintainers = new Set(['alice', 'bob']);
const isMaintainer = (login: string) => maintainers.has(login);
const commit = (authorLogin: string | undefined, verified = true, committerLogin: string | undefined = authorLogin) => ({ sha: 'c'.repeat(40), authorLogin, committerLogin, verified });

describe('assessAuthorship', () => {
  it("a maintainer's signed commits are the maintainer's own work", () => {
    expect(assessAuthorship([commit('alice'), commit('alice')], isMaintainer)).toMatchObject({ soleMaintainerWork: true });
  });

  it('web-flow commits by a maintainer count', () => {
    expect(assessAuthorship([commit('alice', true, 'web-flow')], isMaintainer)).toMatchObject({ soleMaintainerWork: true, contributors: ['alice'] });
  });

  it("an unsigned commit makes the change need approval", () => {
    expect(assessAuthorship([commit('alice'), commit('alice', false)], isMaintainer)).toMatchObject({ soleMaintainerWork: false, reason: expect.stringContaining('not signature-verified') });
  });

  it("someone else's commit makes the change need approval, even when signed", () => {
    expect(assessAuthorship([commit('alice'), commit('eve')], isMaintainer)).toMatchObject({ soleMaintainerWork: false, contributors: ['alice', 'eve'] });
  });

  it('a commit GitHub could not link to an account makes the change need approval', () => {
    expect(assessAuthorship([commit(undefined)], isMaintainer).soleMaintainerWork).toBe(false);
  });

  it('no commits is not evidence of anything', () => {
    expect(assessAuthorship([], isMaintainer).soleMaintainerWork).toBe(false);
  });

  it('lists every author and committer as a contributor', () => {
    expect([...assessAuthorship([commit('alice', true, 'bob'), commit('eve')], isMaintainer).contributors].sort()).toEqual(['alice', 'bob', 'eve']);
  });
});

describe('assessAuthorship: the signature proves the committer', () => {
  it("a commit signed by a non-maintainer committer with a maintainer's author line needs approval", () => {
    expect(assessAuthorship([{ sha: 'c'.repeat(40), authorLogin: 'alice', committerLogin: 'eve', verified: true, verificationReason: 'valid' }], isMaintainer)).toMatchObject({ soleMaintainerWork: false, reason: expect.stringContaining('committed (and signed) by eve') });
  });

  it('a verification state other than valid is not a signature', () => {
    expect(assessAuthorship([{ sha: 'c'.repeat(40), authorLogin: 'alice', committerLogin: 'alice', verified: true, verificationReason: 'unknown_key' }], isMaintainer).soleMaintainerWork).toBe(false);
  });
});
