import { describe, expect, it } from '@jest/globals';
import { parseAction } from '../src/parse-action.js';

describe('parseAction', () => {
  it('reads a composite action with its steps', () => {
    const text = 'name: setup\nruns:\n  using: composite\n  steps:\n    - name: Build\n      shell: bash\n      run: ${{ github.action_path }}/build.sh\n    - uses: ./.github/actions/other\n';
    const { value, problems } = parseAction(text, 'a/action.yml');
    expect(problems).toEqual([]);
    expect(value).toMatchObject({ name: 'setup', runs: { using: 'composite', line: 3 } });
    const runs = value!.runs!;
    expect(runs.using === 'composite' && runs.steps.map((s) => [s.line, s.name, s.run?.value, s.uses?.value])).toEqual([
      [5, 'Build', '${{ github.action_path }}/build.sh', undefined],
      [8, undefined, undefined, './.github/actions/other'],
    ]);
  });

  it('reads the entry files of a JavaScript action', () => {
    const { value } = parseAction("runs:\n  using: 'node20'\n  pre: dist/pre.js\n  main: dist/index.js\n  post: dist/post.js\n", 'action.yml');
    expect(value!.runs).toMatchObject({ using: 'node', runtime: 'node20', pre: { value: 'dist/pre.js', line: 3 }, main: { value: 'dist/index.js', line: 4 }, post: { value: 'dist/post.js', line: 5 } });
  });

  it('reads the image of a Docker action', () => {
    expect(parseAction('runs:\n  using: docker\n  image: Dockerfile\n', 'action.yml').value!.runs).toMatchObject({ using: 'docker', image: { value: 'Dockerfile', line: 3 } });
  });

  it('names an unknown runtime and a missing runs', () => {
    expect(parseAction('runs:\n  using: node8000x\n', 'action.yml').problems[0]).toMatchObject({ line: 2, message: 'unknown `runs.using`: "node8000x"' });
    expect(parseAction('name: x\n', 'action.yml').problems[0]!.message).toContain('needs `runs`');
    const list = parseAction('- a\n', 'action.yml');
    expect(list.value).toBeUndefined();
    expect(list.problems).toMatchObject([{ message: 'an action metadata file must be a mapping' }]);
  });
});
