import { FULCIO_EXTENSIONS } from '../verify/certificate-claims.js';
import { CHECK_OF_CODE, VERIFY_CHECKS } from '../verify/verify-checks.js';

/**
 * The `detail` of the verify and provenance verdicts, for `schema/verdict.schema.json`
 * (composed with the other controls' details by scripts/schema-sources.ts).
 */
const warnings = { type: 'array', items: { type: 'object', additionalProperties: false, required: ['code', 'message'], properties: { code: { type: 'string' }, message: { type: 'string' } } } } as const;

const sha = { type: 'string', pattern: '^(?:[0-9a-f]{40}|[0-9a-f]{64})$' } as const;

const subject = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'digest'],
  properties: { name: { type: 'string' }, digest: { type: 'object', additionalProperties: false, required: ['sha256'], properties: { sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' } } } },
} as const;

/**
 * The approval evidence (ApprovalEvidence): open to fields a later gate adds, since a
 * verifier reports what the provenance it verified recorded.
 */
const approval = {
  type: 'object',
  required: ['commit', 'pullRequest', 'headSha', 'approvers', 'guardVerdict', 'policyBlobSha'],
  properties: {
    commit: sha,
    pullRequest: { type: 'integer', minimum: 1 },
    headSha: sha,
    approvers: { type: 'array', items: { type: 'string' } },
    guardVerdict: { const: 'allowed' },
    policyBlobSha: { anyOf: [sha, { type: 'null' }] },
    orgPolicyBlobSha: sha,
    protectedBranch: { type: 'string' },
    guardCheckRunId: { type: 'integer' },
    guardAppId: { type: 'integer' },
    bypassCheck: { enum: ['rule-suites', 'off'] },
    environment: { type: 'string' },
  },
} as const;

const checkName = { enum: [...VERIFY_CHECKS] } as const;
const verifyCode = { enum: Object.keys(CHECK_OF_CODE) } as const;

/** `detail` of a `verify` verdict (VerifyDetail). */
export const verifyDetailSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['signer', 'passed', 'warnings'],
  properties: {
    signer: { enum: ['certificate', 'public-key'] },
    passed: { type: 'array', items: checkName },
    failure: {
      type: 'object',
      additionalProperties: false,
      required: ['code', 'check', 'message'],
      properties: { code: verifyCode, check: { enum: [...VERIFY_CHECKS, 'expectations'] }, message: { type: 'string' }, expected: { type: 'string' }, found: { type: 'string' } },
    },
    certificate: { type: 'object', additionalProperties: false, properties: Object.fromEntries(['subjectAlternativeName', ...Object.keys(FULCIO_EXTENSIONS)].map((name) => [name, { type: 'string' }])) },
    provenance: { type: 'object', additionalProperties: false, required: ['subject', 'predicate'], properties: { subject, predicate: { type: 'object', required: ['buildDefinition', 'runDetails'], properties: { buildDefinition: { type: 'object' }, runDetails: { type: 'object' } } } } },
    approval,
    candidates: { type: 'array', items: { type: 'object', additionalProperties: false, required: ['index', 'code', 'message'], properties: { index: { type: 'integer', minimum: 1 }, code: verifyCode, message: { type: 'string' } } } },
    warnings,
  },
} as const;

/** `detail` of a `provenance` verdict (ProvenanceDetail): the gate, its evidence, and what was signed. */
export const provenanceDetailSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['gate'],
  properties: {
    gate: { enum: ['on', 'off'] },
    approval,
    signed: {
      type: 'object',
      additionalProperties: false,
      required: ['bundlePath', 'signedWith', 'subjects', 'buildType', 'logEntries'],
      properties: {
        bundlePath: { type: 'string' },
        signedWith: { enum: ['keyless', 'key'] },
        subjects: { type: 'array', items: subject },
        buildType: { type: 'string' },
        logEntries: { type: 'array', items: { type: 'object', additionalProperties: false, required: ['logIndex'], properties: { logIndex: { type: 'string' }, url: { type: 'string' } } } },
        attestation: { type: 'object', additionalProperties: false, required: ['id', 'url'], properties: { id: { type: 'integer' }, url: { type: 'string' } } },
      },
    },
  },
} as const;
