import { APP_PERMISSIONS } from '../generated/app-permissions.js';

/**
 * The single source of truth for the shape of the token scope policy (the `token:` section
 * of the org policy and of a repository policy), of token requests and of claims files.
 * `npm run build` compiles these to standalone validators (`src/generated/validators.js`)
 * and embeds the sections in `schema/*.schema.json`. Spec: JSON Schema 2020-12.
 */

const BASE = 'https://github.com/ringfence/ringfence/schema';
const SCHEMA = 'https://json-schema.org/draft/2020-12/schema';

/** A repository, owner or actor id: GitHub's claims carry them as strings of digits. */
export const ID_PATTERN = '^[1-9][0-9]{0,19}$';
/** A repository in a grant: an id, or `self` for the repository the job runs in. */
export const GRANT_REPOSITORY_PATTERN = '^(?:[1-9][0-9]{0,19}|self)$';
/** Rule names end up in logs and audit events: no spaces, quotes or control characters. */
export const RULE_NAME_PATTERN = '^[A-Za-z0-9._-]{1,64}$';
/** An event name as GitHub writes it (lower case, underscores). */
export const EVENT_NAME_PATTERN = '^[a-z][a-z_]{0,63}$';
/**
 * Only branches and tags can be protected (pull request refs are chosen by their authors).
 * Starting with `refs/`, a protected ref can be neither negated nor long enough to break picomatch.
 */
export const PROTECTED_REF_PATTERN = '^refs/(?:heads|tags)/[^\\u0000-\\u0020\\u007f~^:\\\\]+$';
/** Claim values as written in a policy: no control characters. */
export const CLAIM_TEXT_PATTERN = '^[^\\u0000-\\u001f\\u007f]+$';
/** Values GitHub writes in the `runner_environment` claim. */
export const RUNNER_ENVIRONMENTS = ['github-hosted', 'self-hosted'] as const;
/** Values GitHub writes in the `repository_visibility` claim. */
export const REPOSITORY_VISIBILITIES = ['public', 'private', 'internal'] as const;
/** Values GitHub writes in the `ref_type` claim. */
export const REF_TYPES = ['branch', 'tag'] as const;
/** `POST /app/installations/{id}/access_tokens` accepts at most 500 repositories. */
export const MAX_REQUEST_REPOSITORIES = 500;

const id = { type: ['integer', 'string'], minimum: 1, maximum: Number.MAX_SAFE_INTEGER, pattern: ID_PATTERN } as const;

// One value or a non-empty list of them; any one of the list may match.
const oneOrMany = <T extends object>(item: T & { type: string | readonly string[] }) => {
  const { type, ...keywords } = item;
  return { type: [...(typeof type === 'string' ? [type] : type), 'array'], ...keywords, items: item, minItems: 1, maxItems: 100, uniqueItems: true } as const;
};

const ids = oneOrMany(id);
const text = (description: string) => ({ ...oneOrMany({ type: 'string', minLength: 1, maxLength: 1024, pattern: CLAIM_TEXT_PATTERN } as const), description });
const choice = (values: readonly string[], description: string) => ({ ...oneOrMany({ type: 'string', pattern: `^(?:${values.join('|')})$` } as const), description });

/** One property per catalogue permission, with the levels GitHub accepts for it. */
export const permissionsSchema = {
  type: 'object',
  additionalProperties: false,
  description: 'GitHub App permission name (as in the REST API, with `_`) to level.',
  properties: Object.fromEntries(Object.entries(APP_PERMISSIONS).map(([name, { levels }]) => [name, { enum: [...levels] }])),
} as const;

/** A rule's `match`: claim name to one value or a list, any of which may match. */
export const matchSchema = {
  type: 'object',
  additionalProperties: false,
  description: 'OIDC claims (or, in App mode, the runner environment) that must all hold. Values match exactly unless written as a glob.',
  properties: {
    repository_owner_id: { ...ids, description: 'Owner id(s); names are never matched.' },
    repository_id: { ...ids, description: 'Repository id(s); names are never matched.' },
    actor_id: { ...ids, description: 'Id(s) of the account that started the run.' },
    repository_visibility: choice(REPOSITORY_VISIBILITIES, 'public, private or internal.'),
    event_name: { ...oneOrMany({ type: 'string', pattern: EVENT_NAME_PATTERN } as const), description: 'Without it, pull_request*, issue_comment and workflow_run never match.' },
    ref: text('The triggering ref, such as refs/heads/main or "refs/tags/v*".'),
    ref_type: choice(REF_TYPES, 'branch or tag.'),
    workflow_ref: text('owner/repo/.github/workflows/file.yml@ref of the workflow.'),
    job_workflow_ref: text('owner/repo/.github/workflows/file.yml@ref of the (reusable) workflow running the job.'),
    environment: text('The job\'s deployment environment. Name only environments with protection rules: GitHub creates a missing one unprotected.'),
    runner_environment: choice(RUNNER_ENVIRONMENTS, 'Default: github-hosted.'),
  },
} as const;

/** One rule: a name, the claims it matches, what it grants. */
export const ruleSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'match', 'grant'],
  properties: {
    name: { type: 'string', pattern: RULE_NAME_PATTERN },
    description: { type: 'string', maxLength: 500 },
    match: matchSchema,
    grant: {
      type: 'object',
      additionalProperties: false,
      required: ['permissions'],
      properties: {
        repositories: {
          type: 'array',
          items: { type: ['integer', 'string'], minimum: 1, maximum: Number.MAX_SAFE_INTEGER, pattern: GRANT_REPOSITORY_PATTERN },
          minItems: 1,
          maxItems: MAX_REQUEST_REPOSITORIES,
          uniqueItems: true,
          description: 'Repository ids, or self for the repository the job runs in. Default (repository policies only): self.',
        },
        permissions: { ...permissionsSchema, minProperties: 1 },
      },
    },
  },
} as const;

const rules = { type: 'array', items: ruleSchema, maxItems: 1000, description: 'A request is granted when any rule matches and grants all of it.' } as const;

/**
 * The `token:` section of the org policy, and of a repository policy (which may hold only
 * `rules`: the loader names any other key as an attempt to loosen the org's).
 */
export const tokenPolicySchema = {
  $schema: SCHEMA,
  $id: `${BASE}/token-policy.schema.json`,
  title: 'ringfence token scope policy (the token: section of the org policy)',
  type: 'object',
  additionalProperties: false,
  properties: {
    ceiling: {
      type: 'object',
      additionalProperties: false,
      description: 'The most any rule may grant. Absent: nothing can be granted.',
      properties: { permissions: permissionsSchema },
    },
    protected_refs: {
      type: 'array',
      items: { type: 'string', maxLength: 255, pattern: PROTECTED_REF_PATTERN },
      minItems: 1,
      uniqueItems: true,
      description: 'Refs (exact or glob) a rule granting write must be confined to. Default: the default branch.',
    },
    protected_repositories: { type: 'array', items: id, uniqueItems: true, description: 'Ids of repositories no token may write contents, workflows or administration of.' },
    rules,
  },
} as const;

/** What a job asks for; repository names must be resolved to ids by the caller. */
export const tokenRequestSchema = {
  $schema: SCHEMA,
  $id: `${BASE}/token-request.schema.json`,
  title: 'ringfence token request',
  type: 'object',
  additionalProperties: false,
  required: ['permissions'],
  properties: {
    repositories: { type: 'array', items: id, minItems: 1, maxItems: MAX_REQUEST_REPOSITORIES, uniqueItems: true, description: 'Repository ids. Absent: the repository the job runs in.' },
    permissions: { ...permissionsSchema, minProperties: 1 },
  },
} as const;

/** A claims file: the payload of a verified OIDC token, or the runner's values by claim name. */
export const tokenClaimsSchema = {
  $schema: SCHEMA,
  $id: `${BASE}/token-claims.schema.json`,
  title: 'ringfence token claims',
  type: 'object',
  additionalProperties: { type: 'string', maxLength: 4096 },
  properties: {
    aud: { type: ['string', 'array'], items: { type: 'string' } },
    exp: { type: 'integer' },
    iat: { type: 'integer' },
    nbf: { type: 'integer' },
  },
} as const;
