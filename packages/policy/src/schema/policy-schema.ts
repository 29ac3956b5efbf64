import { PRESET_NAMES } from '../presets/index.js';

/**
 * The single source of truth for the policy file's shape. `npm run build` writes it to
 * `schema/policy.schema.json` (for editors) and compiles it to a standalone validator
 * (`src/generated/`), so no schema is compiled at start-up. Spec: JSON Schema 2020-12.
 */

export const LOGIN_PATTERN = '^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}(?:\\[bot\\])?$';
export const TEAM_PATTERN = '^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9._-]+$';
export const RING_NAME_PATTERN = '^[a-z][a-z0-9-]{0,62}$';
export const PERMISSIONS = ['write', 'maintain', 'admin'] as const;
export const DISCOVERED_PRESET = 'discovered';

const logins = { type: 'array', items: { type: 'string', pattern: LOGIN_PATTERN }, uniqueItems: true } as const;
const teams = { type: 'array', items: { type: 'string', pattern: TEAM_PATTERN }, uniqueItems: true } as const;
// Blank globs are refused by the semantic check, which says why.
const globs = { type: 'array', items: { type: 'string', maxLength: 1024 }, uniqueItems: true } as const;

const botRule = {
  oneOf: [
    { type: 'string', pattern: LOGIN_PATTERN },
    {
      type: 'object',
      additionalProperties: false,
      required: ['login'],
      properties: {
        login: { type: 'string', pattern: LOGIN_PATTERN },
        paths: { ...globs, minItems: 1, description: 'The bot is trusted only for changes confined to these paths.' },
      },
    },
  ],
} as const;

// The token scope policy (`token:`) is validated by @ringfence/token, which depends on this
// package; scripts/schema-sources.ts puts its full schema into the editors' JSON Schemas.
const tokenSection = { type: 'object', description: 'Token scope policy, checked by @ringfence/token.' } as const;

export const trustedSchema = {
  type: 'object',
  additionalProperties: false,
  description: 'Maintainers. Everyone else is external.',
  properties: {
    permission: { enum: PERMISSIONS, default: 'write', description: 'Least repository role that makes a user a maintainer.' },
    users: logins,
    teams,
    bots: { type: 'array', items: botRule, description: 'Bots are external unless listed here.' },
  },
} as const;

export const ringSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['name'],
  properties: {
    name: { type: 'string', pattern: RING_NAME_PATTERN },
    description: { type: 'string', maxLength: 500 },
    paths: globs,
    presets: { type: 'array', items: { type: 'string', enum: [...PRESET_NAMES, DISCOVERED_PRESET] }, uniqueItems: true },
    approvals: { type: 'integer', minimum: 1, maximum: 10, default: 1, description: 'Distinct qualified approvers of the exact head commit.' },
    approvers: {
      type: 'object',
      additionalProperties: false,
      description: 'Who may approve changes to this ring (default: the trusted set).',
      properties: { users: logins, teams, permission: { enum: PERMISSIONS } },
    },
  },
} as const;

export const policySchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://github.com/ringfence/ringfence/schema/policy.schema.json',
  title: 'ringfence repository policy (.github/ringfence.yml)',
  type: 'object',
  additionalProperties: false,
  required: ['version'],
  properties: {
    version: { const: 1, description: 'Policy format version.' },
    extends: { enum: ['default', 'none'], default: 'default', description: 'default: the built-in rings ci and build follow yours.' },
    trusted: trustedSchema,
    rings: { type: 'array', items: ringSchema, description: 'Tightest first; a path belongs to the first ring that matches.' },
    token: tokenSection,
  },
} as const;

export const orgPolicySchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://github.com/ringfence/ringfence/schema/org-policy.schema.json',
  title: 'ringfence organisation policy',
  type: 'object',
  additionalProperties: false,
  required: ['version'],
  properties: {
    version: { const: 1 },
    extends: { enum: ['default', 'none'], default: 'default' },
    trusted: trustedSchema,
    rings: { type: 'array', items: ringSchema },
    token: tokenSection,
  },
} as const;
