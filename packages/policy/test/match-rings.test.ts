import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { createClassifier, createReferenceClassifier } from '../src/match-rings.js';
import { compilePolicy, defaultPolicy } from '../src/compile-policy.js';
import type { Ring } from '../src/types.js';

const SEGMENTS = ['.github', 'workflows', 'Workflows', 'src', 'a', 'B', 'ci.yml', 'action.yml', 'Action.YML', 'package.json', 'Makefile', 'makefile.go', 'x.mk', '.npmrc', 'build.rs', 'go.mod', 'Dockerfile', 'dockerfile.dev', 'docs', 'release', '.yarn', 'releases', 'x.csproj', 'a b', 'é', 'K', 'k', '*', '[x]', 'ſ', 'vendor', '.cargo', 'config', 'x.tar.gz', '.mk', 'a..mk', 'mk', '.tar.gz', 'x.é', 'requirements-dev.txt', 'requirements.txt', 'dockerfile.dev', 'compose.x.yml', 'gradle', 'libs.versions.toml', 'lefthook.yml', '.lefthook.yml', 'x', 'b', 'bx.yml', 'cx.yml', 'ac.yml', 'ci.yml', 'a.txt', '.simple-git-hooks.json', 'x1.mk', 'ops', 'deploy.sh', 'prod', 'staging', 'x.env', 'codeowners', 'ci.yml', 'ci', 'sh', 'a$'];
const segment = fc.oneof(fc.constantFrom(...SEGMENTS), fc.stringMatching(/^[a-zA-Z0-9._-]{1,6}$/u).filter((s) => s !== '.' && s !== '..'));
const repoPath = fc.array(segment, { minLength: 1, maxLength: 5 }).map((parts) => parts.join('/'));

const GLOBS = ['**/package.json', '.github/workflows/**', '**/*.mk', 'src/**', 'release/**', '**/makefile', 'a/b', '**/.yarn/releases/**', 'docs/*.md', '**/x.csproj', '**/*.csproj', '{a,b}/**', '**/k', 'a/*/ci.yml', '**', '**/[x]', 'a b/**', '**/é', '**/vendor/**', '**/.cargo/config', '**/*.tar.gz', '**/a/b', '**/src/**', '**/*.é', 'a', 'src', '**/**/x', '**/requirements*.txt', '**/a/b/**', '**/.yarn/releases/**', '**/dockerfile.*', '**/compose.*.yml', '**/gradle/*.versions.toml', '**/x*', '**/*x', 'src/*.ts', '{,.}lefthook.yml', '**/{a,{b,c}}x.yml', '**/+(a|b).txt', '**/[ab]c.yml', '**/!(x).yml', '**/@(ci|cd).yml', '**/{,.}simple-git-hooks.{js,json}', 'a/*', '*/b', '**/x?.mk', 'ops/{deploy.sh,{prod,staging}/*.env}', '.github/{codeowners,{workflows,actions}/*.yml}', 'ci[[:punct:]]sh', 'a[.-0]b', 'a$$', 'x/(a|b)/**', '**/{a,b/c}.yml'];
const glob = fc.oneof(fc.constantFrom(...GLOBS), repoPath, repoPath.map((p) => `${p}/**`), repoPath.map((p) => `**/${p}`), repoPath.map((p) => `**/${p}/**`), fc.constantFrom('mk', 'csproj', 'gz', 'é').map((e) => `**/*.${e}`));

const ringsArb = fc.array(fc.array(glob, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 4 }).map((ringGlobs) =>
  compilePolicy({ version: 1, extends: 'none', rings: ringGlobs.map((paths, i) => ({ name: `r${i}`, paths: [...new Set(paths)] })) }, 'p.yml').rings,
);

function ringOf(classify: (p: string) => { ringIndex: number } | undefined, path: string): number {
  return classify(path)?.ringIndex ?? -1;
}

describe('the compiled classifier decides exactly like plain picomatch', () => {
  it('agrees on every generated policy and path', () => {
    fc.assert(
      fc.property(ringsArb, fc.array(repoPath, { minLength: 1, maxLength: 30 }), (rings: readonly Ring[], paths) => {
        const fast = createClassifier(rings);
        const reference = createReferenceClassifier(rings);
        for (const path of paths) expect(ringOf(fast, path)).toBe(ringOf(reference, path));
      }),
      { numRuns: 1000 },
    );
  });

  it('agrees on the default policy for generated paths', () => {
    const { rings } = defaultPolicy();
    const fast = createClassifier(rings);
    const reference = createReferenceClassifier(rings);
    fc.assert(fc.property(repoPath, (path) => ringOf(fast, path) === ringOf(reference, path)), { numRuns: 3000 });
  });
});

describe('case folding', () => {
  it.each(['.GitHub/Workflows/ci.yml', '.github/WORKFLOWS/x.yaml', 'PACKAGE.JSON', 'sub/MakeFile'])('protects %s like its lower-case spelling', (path) => {
    const classify = createClassifier(defaultPolicy().rings);
    expect(classify(path)).toBeDefined();
    expect(classify(path)?.ring.name).toBe(classify(path.toLowerCase())?.ring.name);
  });
});
