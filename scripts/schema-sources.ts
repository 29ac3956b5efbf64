// The list of generated schema artefacts; read by scripts/generate.mjs.
import { brokerConfigSchema } from '../packages/broker/src/schema/broker-config-schema.js';
import { composeVerdictSchema } from '../packages/core/src/schema/verdict-schema.js';
import { verdictSchema as guardVerdictSchema } from '../packages/guard/src/schema/verdict-schema.js';
import { orgPolicySchema, policySchema } from '../packages/policy/src/schema/policy-schema.js';
import { provenanceDetailSchema, verifyDetailSchema } from '../packages/provenance/src/schema/verdict-detail-schemas.js';
import { tokenClaimsSchema, tokenPolicySchema, tokenRequestSchema } from '../packages/token/src/schema/token-policy-schema.js';
import { tokenDetailSchema } from '../packages/token/src/schema/token-verdict-schema.js';

// Editors see the token section's own schema (a repository policy holds rules only); the
// policy validators leave `token:` to @ringfence/token, which checks it with positions.
const { properties } = tokenPolicySchema;
const withToken = <S extends { properties: object }>(schema: S, tokenProperties: object) => ({ ...schema, properties: { ...schema.properties, token: { type: 'object', additionalProperties: false, properties: tokenProperties } } });

export const jsonSchemas = {
  'policy.schema.json': withToken(policySchema, { rules: properties.rules }),
  'org-policy.schema.json': withToken(orgPolicySchema, properties),
  'token-request.schema.json': tokenRequestSchema,
  // Every control's verdict in one document type; guard's detail is its own schema's, unchanged.
  'verdict.schema.json': composeVerdictSchema({ guard: guardVerdictSchema.properties.detail, token: tokenDetailSchema, provenance: provenanceDetailSchema, verify: verifyDetailSchema }),
  'broker-config.schema.json': brokerConfigSchema,
};

export const validators = {
  'packages/policy/src/generated/validators.js': { validatePolicy: policySchema, validateOrgPolicy: orgPolicySchema },
  'packages/broker/src/generated/validators.js': { validateBrokerConfig: brokerConfigSchema },
  'packages/token/src/generated/validators.js': { validateTokenPolicy: tokenPolicySchema, validateTokenRequest: tokenRequestSchema, validateTokenClaims: tokenClaimsSchema },
};
