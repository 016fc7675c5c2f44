import type { Test } from 'tap'
import { decide, type Candidate, type Decision } from '../../../src/domain/matching/decide.ts'
import type { IncomingFacts } from '../../../src/domain/matching/record-facts.ts'
import type { MatchKey } from '../../../src/domain/matching/keys.ts'
import { DEFAULT_MATCH_POLICY, type MatchPolicy } from '../../../src/domain/matching/policy.ts'

/** Shared by the decide tests: facts, candidates and one row format for the decision tables. */
export const OLD = '20190101000000.0'
export const MID = '20200101000000.0'
export const NEW = '20240101000000.0'

export const onNumber: MatchKey = { kind: 'OCLC', value: '123', cancelled: false }
export const onCancelled: MatchKey = { kind: 'OCLC', value: '456', cancelled: true }

export function incoming(overrides: Partial<IncomingFacts> = {}): IncomingFacts {
  return { version005: MID, briefLevel: 8, inventoryType: 'PHYSICAL', isDelete: false, keys: [onNumber], ...overrides }
}

export function candidate(mmsId: string, overrides: Partial<Candidate> = {}): Candidate {
  return {
    mmsId,
    version005: MID,
    briefLevel: 8,
    inventoryType: 'PHYSICAL',
    locked: false,
    matchedOn: [onNumber],
    ...overrides,
  }
}

export function many(count: number): Candidate[] {
  return Array.from({ length: count }, (_, i) => candidate(`m${i + 1}`))
}

/** The decision without its free-text `why` and with absent optional facts left out. */
export function summary(decision: Decision): Record<string, unknown> {
  const { why: _why, ...rest } = decision as Decision & { why?: string }
  return Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined))
}

export interface Row {
  name: string
  incoming?: Partial<IncomingFacts>
  candidates: Candidate[]
  policy?: Partial<MatchPolicy>
  /** The decision; report facts default to what the candidate count implies. */
  expected: Partial<Decision> & { kind: Decision['kind'] }
}

export const deletes = { allowDeletes: true }
export const auto = { autoResolveMultiMatch: true }
export const noAuto = { autoResolveMultiMatch: false }
export const electronic = { inventoryType: 'ELECTRONIC' } as const
export const skipOtherType = { skipDifferentInventoryType: true }

/** Runs a decision table; report facts not named in a row default to what its candidate count implies. */
export function checkRows(t: Test, rows: readonly Row[]): void {
  for (const row of rows) {
    const policy: MatchPolicy = { ...DEFAULT_MATCH_POLICY, ...row.policy }
    const count = row.candidates.length
    const expected = {
      matched: count > 0,
      multiMatch: count > 1,
      candidateCount: count,
      addedDespiteMatch: false,
      matchSkippedDifferentInventoryType: false,
      ...row.expected,
    }
    t.strictSame(summary(decide(incoming(row.incoming), row.candidates, policy)), expected, row.name)
  }
}
