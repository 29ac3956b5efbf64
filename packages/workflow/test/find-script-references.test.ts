import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { findScriptReferences } from '../src/find-script-references.js';
import type { ScriptReference } from '../src/find-script-references.js';
import type { TokenizeOptions } from '../src/shell-tokens.js';

// `role:path` for files, `manager:dir:scripts` for package scripts, `?text` for what is unresolved.
function summarize(script: string, options?: TokenizeOptions): string[] {
  return findScriptReferences(script, options).map(describeReference);
}

function describeReference(ref: ScriptReference): string {
  if (ref.kind === 'file') return `${ref.role}:${ref.path}`;
  if (ref.kind === 'package-scripts') return `${ref.manager}:${ref.dir || '.'}:${ref.scripts.join(',')}`;
  return `?${ref.text}`;
}

describe('scripts named as commands', () => {
  it.each([
    ['./x', ['script:x']],
    ['scripts/build.sh --release', ['script:scripts/build.sh']],
    ['./a.sh && ./b.sh || ./c.sh; ./d.sh | ./e.sh\n./f.sh &', ['script:a.sh', 'script:b.sh', 'script:c.sh', 'script:d.sh', 'script:e.sh', 'script:f.sh']],
    ['env -u BAR FOO=1 ./x.sh', ['script:x.sh']],
    ['sudo -E -u root ./x.sh', ['script:x.sh']],
    ['time ./x.sh', ['script:x.sh']],
    ['FOO=bar BAZ="q" ./x.sh', ['script:x.sh']],
    ['timeout 10m nice -n 5 nohup ./x.sh', ['script:x.sh']],
    ['if ./check.sh; then ./yes.sh; else ./no.sh; fi', ['script:check.sh', 'script:yes.sh', 'script:no.sh']],
    ['while ./poll.sh; do sleep 1; done', ['script:poll.sh']],
    ['{ ./a.sh; } && ! ./b.sh', ['script:a.sh', 'script:b.sh']],
    ['echo scripts/not-run.sh > log/out.txt', []],
    ['/usr/bin/env bash tools/x.sh', ['script:tools/x.sh']],
    ['command -v ./x.sh', []],
  ])('%j', (script, expected) => {
    expect(summarize(script)).toEqual(expected);
  });
});

describe('scripts given to interpreters', () => {
  it.each([
    ['bash x.sh', ['script:x.sh']],
    ['bash -euo pipefail ci/x.sh arg', ['script:ci/x.sh']],
    ['sh x', ['script:x']],
    ['zsh -f tools/z.zsh', ['script:tools/z.zsh']],
    ['python tools/gen.py --out x', ['script:tools/gen.py']],
    ['python3 -u -W ignore tools/gen.py', ['script:tools/gen.py']],
    ['python3.12 x.py', ['script:x.py']],
    ['python -m pip install .', []],
    ['python -c "import x"', []],
    ['node --require ./hook.cjs scripts/build.js', ['script:scripts/build.js']],
    ['node -e "require(1)"', []],
    ['npx tsx scripts/a.ts', ['script:scripts/a.ts']],
    ['pwsh -NoProfile -File ./ci/x.ps1', ['script:ci/x.ps1']],
    ['pwsh ./ci/x.ps1', ['script:ci/x.ps1']],
    ['ruby -rjson tools/x.rb', ['script:tools/x.rb']],
    ['perl -I lib tools/x.pl', ['script:tools/x.pl']],
    ['deno run --allow-read --config deno.json tools/x.ts', ['script:tools/x.ts']],
    ['bash -c "./inner.sh && cd sub && ./deeper.sh"', ['script:inner.sh', 'script:sub/deeper.sh']],
    ['bash < ci/stdin.sh', ['script:ci/stdin.sh']],
    ['bash <<EOF\n./from-heredoc.sh\nEOF', ['script:from-heredoc.sh']],
    ['curl -fsSL https://example.com/i.sh | bash', []],
    ['uv run tools/x.py', ['script:tools/x.py']],
    ['poetry run python tools/x.py', ['script:tools/x.py']],
  ])('%j', (script, expected) => {
    expect(summarize(script)).toEqual(expected);
  });
});

describe('sourced files, makefiles and Dockerfiles', () => {
  it.each([
    ['source ci/env.sh', ['source:ci/env.sh']],
    ['. ./ci/env.sh', ['source:ci/env.sh']],
    ['make -f build/release.mk all', ['makefile:build/release.mk']],
    ['make --file=build/a.mk -C sub', ['makefile:sub/build/a.mk']],
    ['make -fother.mk', ['makefile:other.mk']],
    ['make test', []],
    ['docker build -f docker/Dockerfile.ci -t app:${{ github.sha }} .', ['dockerfile:docker/Dockerfile.ci']],
    ['docker build services/api', ['dockerfile:services/api/Dockerfile']],
    ['docker buildx build --platform linux/amd64 --push --file=ops/Dockerfile ops', ['dockerfile:ops/Dockerfile']],
    ['docker image build .', ['dockerfile:Dockerfile']],
    ['podman build ctx', ['dockerfile:ctx/Containerfile', 'dockerfile:ctx/Dockerfile']],
    ['docker build https://github.com/acme/app.git', []],
    ['docker build - < Dockerfile', []],
    ['docker run -v .:/src ./not-a-build', []],
  ])('%j', (script, expected) => {
    expect(summarize(script)).toEqual(expected);
  });
});

describe('package-manager commands', () => {
  it.each([
    ['npm run build', ['npm:.:prebuild,build,postbuild']],
    ['npm run-script lint -- --fix', ['npm:.:prelint,lint,postlint']],
    ['npm test', ['npm:.:pretest,test,posttest']],
    ['npm ci', ['npm:.:preinstall,install,postinstall,prepublish,preprepare,prepare,postprepare']],
    ['npm --prefix web run build', ['npm:web:prebuild,build,postbuild']],
    ['npm publish', ['npm:.:prepublishOnly,prepack,prepare,postpack,publish,postpublish']],
    ['npm ci --ignore-scripts', []],
    ['npm exec eslint', []],
    ['yarn build', ['yarn:.:prebuild,build,postbuild']],
    ['yarn run build', ['yarn:.:prebuild,build,postbuild']],
    ['yarn add left-pad', []],
    ['yarn --cwd app test', ['yarn:app:pretest,test,posttest']],
    ['pnpm build', ['pnpm:.:prebuild,build,postbuild']],
    ['pnpm run build', ['pnpm:.:prebuild,build,postbuild']],
    ['pnpm -C pkg install', ['pnpm:pkg:preinstall,install,postinstall,prepublish,preprepare,prepare,postprepare']],
    ['pnpm dlx create-x', []],
    ['bun run build', ['bun:.:prebuild,build,postbuild']],
    ['bun run scripts/x.ts', ['script:scripts/x.ts']],
    ['bun test', []],
    ['npm run $TASK', ['?$TASK']],
  ])('%j', (script, expected) => {
    expect(summarize(script)).toEqual(expected);
  });

  it('names server.js as the fallback of npm start', () => {
    expect(findScriptReferences('npm start')[0]).toMatchObject({ kind: 'package-scripts', fallback: { whenMissing: 'start', file: 'server.js' } });
  });

  it('warns that workspace scripts are not followed', () => {
    expect(summarize('npm run build --workspaces')).toEqual(['?--workspaces', 'npm:.:prebuild,build,postbuild']);
  });
});

describe('the working directory of a script', () => {
  it('follows cd, and restores it after a subshell', () => {
    expect(summarize('cd tools && ./a.sh\n(cd sub && ./b.sh)\n./c.sh\ncd .. && ./d.sh')).toEqual(['script:tools/a.sh', 'script:tools/sub/b.sh', 'script:tools/c.sh', 'script:d.sh']);
  });

  it('follows pushd and popd', () => {
    expect(summarize('pushd web\n./a.sh\npopd\n./b.sh')).toEqual(['script:web/a.sh', 'script:b.sh']);
  });

  it('keeps leading .. for the caller to place', () => {
    expect(summarize('../up.sh')).toEqual(['script:../up.sh']);
  });

  it('cannot place relative paths after cd to an unknown directory', () => {
    const refs = findScriptReferences('cd "$RUNNER_TEMP"\n./x.sh\nbash /abs/y.sh');
    expect(refs).toMatchObject([
      { kind: 'unresolved', text: './x.sh', reason: 'relative to the unknown directory after `cd $RUNNER_TEMP`', line: 2 },
      { kind: 'file', path: '/abs/y.sh', line: 3 },
    ]);
  });

  it('does not run case patterns', () => {
    expect(summarize('case "$1" in\n  ./a.sh) ./run-a.sh ;;\n  *) ./other.sh ;;\nesac\n./after.sh')).toEqual(['script:run-a.sh', 'script:other.sh', 'script:after.sh']);
  });
});

describe('what cannot be resolved', () => {
  it.each([
    ['$SCRIPT arg', '$SCRIPT', 'the command'],
    ['"${{ inputs.script }}"', '${{ inputs.script }}', 'the command'],
    ['bash "$DIR/x.sh"', '$DIR/x.sh', 'the script run by bash'],
    ['$(./which.sh) arg', '$(./which.sh)', 'the command'],
    ['`cat cmd`', '`cat cmd`', 'the command'],
    ['./scripts/*.sh', './scripts/*.sh', 'a pattern used as the command'],
    ['source "$HOME/.env"', '$HOME/.env', 'the file read by source'],
    ['make -f $MK', '$MK', 'the makefile of make'],
  ])('%j names %j', (script, text, reason) => {
    expect(findScriptReferences(script)).toContainEqual({ kind: 'unresolved', text, reason, line: 1 });
  });

  it('still reads the commands inside a substitution', () => {
    expect(summarize('VERSION=$(./ci/version.sh)\necho "$(cd tools && ./x.sh)"')).toEqual(['script:ci/version.sh', 'script:tools/x.sh']);
  });

  it('gives up past the nesting limit with an unresolved reference', () => {
    const script = `${'echo $('.repeat(12)}./deep.sh${')'.repeat(12)}`;
    expect(findScriptReferences(script).some((r) => r.kind === 'unresolved' && r.reason.includes('nested'))).toBe(true);
  });

  it('reports the line of each reference', () => {
    expect(findScriptReferences('echo hi\n\n  ./x.sh \\\n    --flag\nbash -c \'./y.sh\'').map((r) => r.line)).toEqual([3, 5]);
  });
});

describe('PowerShell scripts', () => {
  it('reads call in cmd scripts', () => {
    expect(summarize('call scripts\\build.bat release', { dialect: 'powershell' })).toEqual(['script:scripts/build.bat']);
  });

  it('reads -File with a Windows path', () => {
    expect(summarize('powershell -ExecutionPolicy Bypass -File ci\\x.ps1', { dialect: 'powershell' })).toEqual(['script:ci/x.ps1']);
  });

  it('reads .\\ paths, the call operator and dot-sourcing', () => {
    expect(summarize('.\\ci\\build.ps1\n& ./ci/test.ps1 -Verbose\n. ./ci/env.ps1\nSet-Location web; ./x.ps1', { dialect: 'powershell' })).toEqual([
      'script:ci/build.ps1',
      'script:ci/test.ps1',
      'source:ci/env.ps1',
      'script:web/x.ps1',
    ]);
  });
});

describe('findScriptReferences properties', () => {
  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.constantFrom('posix' as const, 'powershell' as const), (script, dialect) => {
        expect(Array.isArray(findScriptReferences(script, { dialect }))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('finds a script called after any plain command', () => {
    const plain = fc.stringMatching(/^[a-z]{1,8}$/u).filter((w) => !['if', 'then', 'fi', 'do', 'done', 'case', 'esac', 'for', 'while', 'until', 'else', 'elif', 'select', 'function', 'in', 'time', 'env', 'sudo', 'nice', 'nohup', 'exec', 'command', 'builtin', 'timeout', 'xargs', 'stdbuf', 'npx', 'cd', 'pushd', 'popd', 'chdir', 'sl', 'eval', 'source'].includes(w));
    fc.assert(
      fc.property(plain, fc.constantFrom('&&', '||', ';', '\n', '|'), (command, op) => {
        expect(summarize(`${command} ${op} ./ci/x.sh`)).toContain('script:ci/x.sh');
      }),
    );
  });
});
