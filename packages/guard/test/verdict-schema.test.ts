import { describe, expect, it } from '@jest/globals';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { defaultPolicy, singleLayer } from '@ringfence/policy';
import { decide } from '../src/decide.js';
import { verdictSchema } from '../src/schema/verdict-schema.js';

describe('the verdict document', () => {
  const validate = new Ajv2020({ strict: false }).compile(verdictSchema);

  it.each([
    ['allowed', [{ kind: 'modified' as const, path: 'src/a.ts' }]],
    ['blocked', [{ kind: 'renamed' as const, path: 'docs/x', previousPath: '.github/workflows/ci.yml' }, { kind: 'unknown' as const, path: 'x' }]],
  ])('matches its schema when %s', (_name, changes) => {
    const verdict = decide({
      changes: { baseSha: 'b', headSha: 'h', mergeBaseSha: 'm', changes, baseSymlinks: [] },
      policy: singleLayer(defaultPolicy()),
      policySources: [],
      author: { login: 'eve', teams: [], isBot: false },
      approvals: [],
      ineligibleApprovers: [],
      warnings: [{ code: 'DISCOVERY_UNRESOLVED', message: 'x' }],
    });
    expect(validate(JSON.parse(JSON.stringify(verdict)))).toBe(true);
    expect(validate.errors ?? []).toEqual([]);
  });
});
