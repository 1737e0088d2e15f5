// PATHWISE_JOB_TICK_MS: a test mode (the cluster suite) in which every scheduled job ticks this
// often, so several replicas' claims on each tick can be watched within seconds.

export function testTickMs(raw = process.env.PATHWISE_JOB_TICK_MS): number | undefined {
  const ms = Number(raw);
  return Number.isInteger(ms) && ms >= 50 ? ms : undefined;
}
