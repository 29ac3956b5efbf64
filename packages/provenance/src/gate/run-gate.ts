import { decideGate, refuseEvent, refuseGuardApp } from './decide-gate.js';
import type { GateDecision } from './decide-gate.js';
import type { GateConfig, GateRequest } from './gate-config.js';
import { gatherGateFacts } from './gather-gate-facts.js';
import type { GateDeps } from './ports.js';

/** The gate end to end: the event or the guard App refused before any read, else facts gathered and decided. */
export async function runGate(deps: GateDeps, request: GateRequest, config: GateConfig): Promise<GateDecision> {
  const early = refuseEvent(request) ?? refuseGuardApp(config.guardAppId);
  if (early) return early;
  return decideGate(request, config, await gatherGateFacts(deps, request, config));
}
