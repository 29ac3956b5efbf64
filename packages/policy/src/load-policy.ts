import { compilePolicy } from './compile-policy.js';
import { checkSemantics } from './check-semantics.js';
import { PolicyError } from './errors.js';
import type { PolicyProblem } from './errors.js';
import { validatePolicy } from './generated/validators.js';
import type { GeneratedValidator } from './generated/validators.js';
import { parseYaml } from './parse-yaml.js';
import type { LocatedDocument } from './parse-yaml.js';
import { toSchemaProblems } from './schema-problems.js';
import type { CompiledPolicy, PolicyDocument } from './types.js';

/**
 * Parses, validates and compiles a repository policy. Throws a PolicyError listing every
 * problem found (file:line:column, pointer, expected, found); never returns a partial policy.
 */
export function loadPolicy(input: Uint8Array | string, file: string): CompiledPolicy {
  return compilePolicy(readPolicyDocument(input, file, validatePolicy), file);
}

/** The validated document, before defaults: shared by repository and org policies. */
export function readPolicyDocument(input: Uint8Array | string, file: string, validate: GeneratedValidator): PolicyDocument {
  const parsed = parseYaml(input, file);
  if (!parsed.ok) throw new PolicyError(parsed.problems);
  const { document } = parsed;
  if (!validate(document.value)) throw new PolicyError(nonEmpty(toSchemaProblems(validate.errors ?? [], document, file), document, file));
  const policy = document.value as PolicyDocument;
  const problems = checkSemantics(policy, document, file);
  if (problems.length > 0) throw new PolicyError(problems as [PolicyProblem, ...PolicyProblem[]]);
  return policy;
}

// Defense in depth: a validator that fails without errors still yields a problem.
function nonEmpty(problems: PolicyProblem[], document: LocatedDocument, file: string): [PolicyProblem, ...PolicyProblem[]] {
  if (problems.length > 0) return problems as [PolicyProblem, ...PolicyProblem[]];
  return [{ code: 'POLICY_SCHEMA_ERROR', file, pointer: '', ...document.locate(''), message: 'the policy does not match its schema' }];
}
