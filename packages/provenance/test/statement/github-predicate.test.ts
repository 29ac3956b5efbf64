import { describe, expect, it } from '@jest/globals';
import { SUPPORTED_EVENTS, workflowPath } from '../../src/statement/github-predicate.js';

describe('workflowPath strips exactly the repository prefix and the ref suffix', () => {
  it.each([
    ['o/r/.github/workflows/ci.yml@refs/heads/main', 'o/r', 'refs/heads/main', '.github/workflows/ci.yml'],
    ['o/r/.github/workflows/a@b.yml@refs/heads/main', 'o/r', 'refs/heads/main', '.github/workflows/a@b.yml'],
    ['o/r/.github/workflows/ci.yml@refs/tags/pkg@1.2.0', 'o/r', 'refs/tags/pkg@1.2.0', '.github/workflows/ci.yml'],
    ['o/r/.github/workflows/x@refs/y.yml@refs/heads/z', 'o/r', 'refs/heads/z', '.github/workflows/x@refs/y.yml'],
  ])('%s', (workflowRef, repository, ref, path) => expect(workflowPath(workflowRef, repository, ref)).toBe(path));

  it.each([
    ['another repository', 'o/other/.github/workflows/ci.yml@refs/heads/main'],
    ['another ref', 'o/r/.github/workflows/ci.yml@refs/heads/dev'],
    ['no path', 'o/r/@refs/heads/main'],
    ['a repository that is only a prefix of the real one', 'o/r2/.github/workflows/ci.yml@refs/heads/main'],
  ])('refuses %s', (_, workflowRef) => {
    expect(() => workflowPath(workflowRef, 'o/r', 'refs/heads/main')).toThrow(expect.objectContaining({ code: 'PROVENANCE_FACTS_INVALID' }));
  });

  it('supports exactly the events the build type lists', () => expect(SUPPORTED_EVENTS).toEqual(['create', 'release', 'push', 'workflow_dispatch']));
});
