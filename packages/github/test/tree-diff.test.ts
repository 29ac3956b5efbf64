import { expect, test } from '@jest/globals';
import { diffTrees, indexTree, modeClass } from '../src/tree-diff.js';

const blob = (path: string, sha: string, mode = '100644') => ({ path, mode, type: mode === '160000' ? 'commit' : 'blob', sha });

test('a rename is a deletion and an addition; a mode change is modified; a file becoming a symlink is a type change', () => {
  const before = indexTree([blob('a', '1'), blob('b', '2'), blob('run.sh', '3'), blob('link', '4'), { path: 'dir', mode: '040000', type: 'tree', sha: '9' }]);
  const after = indexTree([blob('a', '1'), blob('c', '2'), blob('run.sh', '3', '100755'), blob('link', '5', '120000')]);
  expect(diffTrees(before, after)).toEqual([
    { kind: 'deleted', path: 'b', oldMode: '100644', newMode: '000000' },
    { kind: 'added', path: 'c', oldMode: '000000', newMode: '100644' },
    { kind: 'type-changed', path: 'link', oldMode: '100644', newMode: '120000' },
    { kind: 'modified', path: 'run.sh', oldMode: '100644', newMode: '100755' },
  ]);
});

test('a submodule bump is a modified gitlink', () => {
  expect(diffTrees(indexTree([blob('vendor/x', 'a', '160000')]), indexTree([blob('vendor/x', 'b', '160000')]))).toEqual([{ kind: 'modified', path: 'vendor/x', oldMode: '160000', newMode: '160000' }]);
});

test('modes are classed as file, symlink, gitlink or other', () => {
  expect(['100644', '100755', '120000', '160000', '040000'].map(modeClass)).toEqual(['file', 'file', 'symlink', 'gitlink', 'other']);
});
