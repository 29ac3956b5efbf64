import { parseLocatedYaml } from './parse-located-yaml.js';
import { FieldReader, isRecord } from './read-fields.js';
import type { ActionMetadata, ActionRuns, ParseOutcome } from './types.js';

/**
 * Reads an action's metadata file (`action.yml`) into what it runs: a composite action's
 * steps, a JavaScript action's entry files, or a Docker action's image. Pure; never throws.
 * @see https://docs.github.com/en/actions/reference/workflows-and-actions/metadata-syntax
 */
export function parseAction(input: Uint8Array | string, file: string): ParseOutcome<ActionMetadata> {
  const parsed = parseLocatedYaml(input, file);
  if (!parsed.ok) return { problems: [parsed.problem] };
  const fields = new FieldReader(parsed.yaml, file);
  if (!isRecord(parsed.yaml.value)) {
    fields.problem([], 'an action metadata file must be a mapping');
    return { problems: fields.problems };
  }
  const name = fields.text(['name']);
  const runs = readRuns(fields);
  return { value: { file, ...(name && { name: name.value }), ...(runs && { runs }) }, problems: fields.problems };
}

function readRuns(fields: FieldReader): ActionRuns | undefined {
  if (!fields.record(['runs'], '`runs`')) {
    fields.problem(['runs'], 'an action needs `runs` with `using`');
    return undefined;
  }
  const line = fields.line(['runs']);
  const using = fields.text(['runs', 'using'])?.value ?? '';
  const runtime = using.toLowerCase();
  if (runtime === 'composite') return { using: 'composite', line, steps: fields.steps(['runs'], 'the composite action') };
  if (runtime === 'docker') {
    const image = fields.text(['runs', 'image']);
    return { using: 'docker', line, ...(image && { image }) };
  }
  if (/^node\d+$/u.test(runtime)) {
    const main = fields.text(['runs', 'main']);
    const pre = fields.text(['runs', 'pre']);
    const post = fields.text(['runs', 'post']);
    return { using: 'node', line, runtime: using, ...(main && { main }), ...(pre && { pre }), ...(post && { post }) };
  }
  fields.problem(['runs', 'using'], `unknown \`runs.using\`: ${JSON.stringify(using)}`);
  return { using: 'unknown', line, value: using };
}
