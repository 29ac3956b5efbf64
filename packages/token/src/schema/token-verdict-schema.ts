import { TOKEN_REFUSAL_CODES } from '../decision.js';
import { MATCH_FIELDS } from '../types.js';

/**
 * `detail` of a `token` verdict (TokenExplanation: the decision and every rule's part in it),
 * for `schema/verdict.schema.json` (composed with the other controls' by scripts/schema-sources.ts).
 */
const permissions = { type: 'object', additionalProperties: { type: 'string' } } as const;

const ruleReference = { type: 'object', additionalProperties: false, required: ['name', 'layer', 'origin'], properties: { name: { type: 'string' }, layer: { enum: ['org', 'repository'] }, origin: { type: 'string' } } } as const;

const mismatch = {
  type: 'object',
  additionalProperties: false,
  required: ['field', 'reason', 'expected'],
  properties: { field: { enum: [...MATCH_FIELDS] }, reason: { enum: ['CLAIM_MISSING', 'CLAIM_MISMATCH', 'UNTRUSTED_EVENT', 'RUNNER_NOT_ALLOWED', 'OTHER_REPOSITORY'] }, expected: { type: 'string' }, found: { type: 'string' } },
} as const;

const refusal = {
  type: 'object',
  additionalProperties: false,
  required: ['code', 'message'],
  properties: {
    code: { enum: [...TOKEN_REFUSAL_CODES] },
    message: { type: 'string' },
    rule: ruleReference,
    permission: { type: 'object', additionalProperties: false, required: ['name', 'requested'], properties: { name: { type: 'string' }, requested: { type: 'string' }, granted: { type: 'string' } } },
    repository: { type: 'string' },
    closest: { type: 'object', additionalProperties: false, required: ['rule', 'matched', 'of', 'mismatches'], properties: { rule: ruleReference, matched: { type: 'integer', minimum: 0 }, of: { type: 'integer', minimum: 0 }, mismatches: { type: 'array', items: mismatch } } },
  },
} as const;

const decision = {
  oneOf: [
    { type: 'object', additionalProperties: false, required: ['outcome', 'rule', 'token'], properties: { outcome: { const: 'granted' }, rule: ruleReference, token: { type: 'object', additionalProperties: false, required: ['repositoryIds', 'permissions'], properties: { repositoryIds: { type: 'array', items: { type: 'string' } }, permissions } } } },
    { type: 'object', additionalProperties: false, required: ['outcome', 'refusal'], properties: { outcome: { const: 'refused' }, refusal } },
  ],
} as const;

/** `detail` of a `token` verdict. */
export const tokenDetailSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['decision', 'rules'],
  properties: {
    decision,
    rules: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['rule', 'status', 'matched', 'mismatches', 'grant'],
        properties: {
          rule: ruleReference,
          status: { enum: ['grants', 'refuses', 'no-match', 'matches'] },
          matched: { type: 'array', items: { enum: [...MATCH_FIELDS] } },
          mismatches: { type: 'array', items: mismatch },
          refusal,
          grant: { type: 'object', additionalProperties: false, required: ['repositories', 'permissions'], properties: { repositories: { type: 'array', items: { type: 'string' } }, permissions } },
        },
      },
    },
  },
} as const;
