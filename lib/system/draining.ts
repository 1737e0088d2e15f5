// Set once a stop signal arrives (lib/server/serve.ts): readiness fails from then on, so a load
// balancer sends new traffic elsewhere while this replica finishes what it accepted. On
// globalThis because our server and Next's route bundles each load their own copy of this module.
const state = globalThis as unknown as { pathwiseDraining?: boolean };

export function markDraining(): void {
  state.pathwiseDraining = true;
}

export function isDraining(): boolean {
  return state.pathwiseDraining === true;
}
