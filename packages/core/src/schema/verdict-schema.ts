import { REASON_CODES, VERDICT_VERSION } from '../verdict.js';

/** The `detail` schema of each control that writes verdicts, keyed by its `control` value. */
export type DetailSchemas = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

const stringList = { type: 'array', items: { type: 'string' } } as const;

const reason = {
  type: 'object',
  additionalProperties: false,
  required: ['code', 'message'],
  properties: { code: { enum: [...REASON_CODES] }, message: { type: 'string' }, ring: { type: 'string' }, paths: stringList },
} as const;

// Each control's detail applies only when `control` names it: a discriminated union
// written as if/then, so an error points at the detail field, not at every branch.
function detailRule(control: string, detail: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return { if: { type: 'object', properties: { control: { const: control } } }, then: { type: 'object', properties: { detail } } };
}

/**
 * The verdict document of every control (DESIGN.md "Verdicts"), written to
 * `schema/verdict.schema.json` by the build: the envelope every control shares (version,
 * control, outcome, typed reasons, the inputs that decided) and each control's `detail`.
 * A control without a detail schema is refused. A negative outcome always names a reason.
 */
export function composeVerdictSchema(details: DetailSchemas) {
  const controls = Object.keys(details);
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://github.com/ringfence/ringfence/schema/verdict.schema.json',
    title: 'ringfence verdict',
    description: `One decision of one control (${controls.join(', ')}): what the CLI's --json prints, an action's \`report\` output points at, and an audit event records.`,
    type: 'object',
    additionalProperties: false,
    required: ['version', 'control', 'outcome', 'reasons', 'inputs', 'detail'],
    properties: {
      version: { const: VERDICT_VERSION },
      control: { enum: controls },
      outcome: { enum: ['allowed', 'blocked', 'error'] },
      reasons: { type: 'array', items: reason },
      inputs: { type: 'object', description: 'The facts the decision was made from: commits, policy blob SHAs, author, approvers, expectations.' },
      detail: { type: 'object' },
      mode: { enum: ['enforce', 'evaluate'], description: 'guard action report only: the mode the step ran in.' },
      enforced: { type: 'boolean', description: 'guard action report only: whether the verdict was posted as the ringfence/guard check.' },
    },
    allOf: [
      { if: { type: 'object', properties: { outcome: { enum: ['blocked', 'error'] } } }, then: { type: 'object', properties: { reasons: { type: 'array', minItems: 1 } } } },
      { if: { type: 'object', properties: { control: { not: { const: 'guard' } } } }, then: { type: 'object', properties: { mode: false, enforced: false } } },
      ...Object.entries(details).map(([control, detail]) => detailRule(control, detail)),
    ],
  } as const;
}
