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
    /** Whole milliseconds per stage so far. */
    spent(): Record<string, number> {
      return Object.fromEntries(Object.entries(spent).map(([stage, ms]) => [stage, Math.round(ms)]))
    },
  }
}
