import { BUILTIN_RING_NAMES } from './default-policy.js';
import type { PolicyProblem } from './errors.js';
import type { LocatedDocument } from './parse-yaml.js';
import type { PolicyDocument } from './types.js';
import { findGlobProblem } from './validate-glob.js';

/** What the schema cannot say: unique ring names, reserved names, usable globs, non-empty rings. */
export function checkSemantics(policy: PolicyDocument, document: LocatedDocument, file: string): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  const at = (pointer: string) => ({ file, pointer, ...document.locate(pointer) });
  const names = new Map<string, number>();
  (policy.rings ?? []).forEach((ring, index) => {
    const pointer = `/rings/${index}`;
    const earlier = names.get(ring.name);
    if (earlier !== undefined) {
      const first = document.locate(`/rings/${earlier}/name`);
      problems.push({ code: 'POLICY_DUPLICATE_RING', ...at(`${pointer}/name`), message: `ring ${JSON.stringify(ring.name)} is already defined at line ${first.line}`, expected: 'unique ring names' });
    }
    names.set(ring.name, index);
    if ((policy.extends ?? 'default') === 'default' && (BUILTIN_RING_NAMES as readonly string[]).includes(ring.name)) {
      problems.push({ code: 'POLICY_RESERVED_RING', ...at(`${pointer}/name`), message: `ring name ${JSON.stringify(ring.name)} is built in with extends: default`, expected: 'another name, or `extends: none` to define your own' });
    }
    if ((ring.paths ?? []).length === 0 && (ring.presets ?? []).length === 0) {
      problems.push({ code: 'POLICY_EMPTY_RING', ...at(pointer), message: `ring ${JSON.stringify(ring.name)} has no paths and no presets`, expected: 'at least one glob in `paths` or one name in `presets`' });
    }
    (ring.paths ?? []).forEach((glob, i) => pushGlobProblem(problems, glob, at(`${pointer}/paths/${i}`)));
  });
  (policy.trusted?.bots ?? []).forEach((bot, b) => {
    if (typeof bot === 'string') return;
    (bot.paths ?? []).forEach((glob, i) => pushGlobProblem(problems, glob, at(`/trusted/bots/${b}/paths/${i}`)));
  });
  return problems;
}

function pushGlobProblem(problems: PolicyProblem[], glob: string, where: Pick<PolicyProblem, 'file' | 'pointer' | 'line' | 'column'>): void {
  const problem = findGlobProblem(glob);
  if (problem) problems.push({ code: 'POLICY_INVALID_GLOB', ...where, message: problem, found: JSON.stringify(glob), expected: 'a glob relative to the repository root, such as "ops/**" or "**/Makefile"' });
}
