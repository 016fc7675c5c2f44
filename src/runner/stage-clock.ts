import { performance } from 'node:perf_hooks'

/** Milliseconds spent per stage of an import step, added to the job's running totals. */
export function stageClock() {
  const spent: Record<string, number> = {}
  let last = performance.now()
  return {
    lap(stage: string) {
      const now = performance.now()
      spent[stage] = (spent[stage] ?? 0) + (now - last)
      last = now
    },
    addTo(totals: Record<string, number>): Record<string, number> {
      const sum = { ...totals }
      for (const [stage, ms] of Object.entries(spent)) sum[stage] = Math.round((sum[stage] ?? 0) + ms)
      return sum
    },
  }
}
