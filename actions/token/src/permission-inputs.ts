import { APP_PERMISSIONS, scopeOf } from '@ringfence/token';
import type { PermissionName } from '@ringfence/token';

/** The markers of the generated region of actions/token/action.yml. */
export const REGION_START = '  # <START GENERATED permission inputs: from packages/token/src/generated/app-permissions.ts>';
export const REGION_END = '  # <END GENERATED permission inputs>';

/**
 * One `permission-<name>` input per permission of the generated catalogue (names with `-`,
 * as create-github-app-token spells them), in the catalogue's order.
 */
export function renderPermissionInputs(): string {
  return (Object.keys(APP_PERMISSIONS) as PermissionName[])
    .map((name) => {
      const levels = APP_PERMISSIONS[name].levels.map((l) => `\`${l}\``);
      const choice = levels.length === 1 ? levels[0]! : `${levels.slice(0, -1).join(', ')} or ${levels.at(-1)!}`;
      return [`  permission-${name.replace(/_/gu, '-')}:`, `    description: "${capitalise(scopeOf(name))} permission \`${name}\` for the token: ${choice}."`, '    required: false'].join('\n');
    })
    .join('\n');
}

/** The action.yml text with its generated region replaced by `renderPermissionInputs()`. */
export function withPermissionInputs(actionYml: string): string {
  const start = actionYml.indexOf(REGION_START);
  const end = actionYml.indexOf(REGION_END);
  if (start < 0 || end < start) throw new Error('actions/token/action.yml has no generated permission region');
  return `${actionYml.slice(0, start + REGION_START.length)}\n${renderPermissionInputs()}\n${actionYml.slice(end)}`;
}

function capitalise(word: string): string {
  return `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
}
