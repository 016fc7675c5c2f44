import type { IncomingOutcome } from './plan.ts'

/**
 * The running counters a bulk file adds to its job: one per outcome, one per not-imported reason
 * (`NOT_IMPORTED:<reason>`), and the matching facts the report needs. The job report itself is
 * computed from the incoming records (see the report service); these keep progress live.
 */
export function bulkCounters(outcomes: readonly IncomingOutcome[]): Record<string, number> {
  const counts: Record<string, number> = {}
  const add = (name: string) => {
    counts[name] = (counts[name] ?? 0) + 1
  }
  for (const o of outcomes) {
    add(o.outcome)
    if (o.reason !== null) add(`NOT_IMPORTED:${o.reason}`)
    if (o.decision?.multiMatch) add('MULTI_MATCH')
    if (o.decision?.autoResolvedBy !== undefined) add(`AUTO_RESOLVED:${o.decision.autoResolvedBy}`)
  }
  return counts
}
