// The list of generated schema artefacts; read by scripts/generate.mjs.
import { verdictSchema } from '../packages/guard/src/schema/verdict-schema.js';
import { orgPolicySchema, policySchema } from '../packages/policy/src/schema/policy-schema.js';

export const jsonSchemas = {
  'policy.schema.json': policySchema,
  'org-policy.schema.json': orgPolicySchema,
  'verdict.schema.json': verdictSchema,
};

export const validators = {
  'packages/policy/src/generated/validators.js': { validatePolicy: policySchema, validateOrgPolicy: orgPolicySchema },
};
