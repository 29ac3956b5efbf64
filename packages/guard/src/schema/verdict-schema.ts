import { REASON_CODES } from '@ringfence/core';

/**
 * The guard verdict document (DESIGN.md "Verdicts"): what the CLI's `--json` prints and the
 * action's `report` output points at. Written to `schema/verdict.schema.json` by the build.
 */
const stringList = { type: 'array', items: { type: 'string' } } as const;

const ringReport = {
  type: 'object',
  additionalProperties: false,
  required: ['layer', 'ring', 'paths', 'approvalsRequired', 'approvalsMissing', 'approvedBy', 'authorQualifies', 'whoCanApprove', 'satisfied'],
  properties: {
    layer: { enum: ['org', 'repository'] },
    ring: { type: 'string' },
    paths: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['path', 'kind', 'via', 'rule'],
        properties: {
          path: { type: 'string' },
          kind: { enum: ['added', 'modified', 'deleted', 'renamed', 'copied', 'type-changed', 'unknown'] },
          via: { enum: ['path', 'previous-path', 'symlink-target', 'submodule'] },
          rule: { type: 'string' },
        },
      },
    },
    approvalsRequired: { type: 'integer', minimum: 1 },
    approvalsMissing: { type: 'integer', minimum: 0 },
    approvedBy: stringList,
    authorQualifies: { type: 'boolean' },
    whoCanApprove: { type: 'string' },
    satisfied: { type: 'boolean' },
  },
} as const;

export const verdictSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://github.com/ringfence/ringfence/schema/verdict.schema.json',
  title: 'ringfence verdict (guard)',
  type: 'object',
  additionalProperties: false,
  required: ['version', 'control', 'outcome', 'reasons', 'inputs', 'detail'],
  properties: {
    version: { const: 1 },
    control: { enum: ['guard', 'token', 'provenance', 'verify', 'policy'] },
    outcome: { enum: ['allowed', 'blocked', 'error'] },
    reasons: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['code', 'message'],
        properties: { code: { enum: [...REASON_CODES] }, message: { type: 'string' }, ring: { type: 'string' }, paths: stringList },
      },
    },
    inputs: { type: 'object', description: 'The facts the decision was made from: commits, policy blob SHAs, author, approvers.' },
    detail: {
      type: 'object',
      additionalProperties: false,
      required: ['author', 'rings', 'openPaths', 'warnings'],
      properties: {
        author: { type: 'object', additionalProperties: false, required: ['login', 'maintainer'], properties: { login: { type: 'string' }, maintainer: { type: 'boolean' } } },
        rings: { type: 'array', items: ringReport },
        openPaths: { type: 'integer', minimum: 0 },
        warnings: { type: 'array', items: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string' }, message: { type: 'string' } } } },
      },
    },
  },
} as const;
