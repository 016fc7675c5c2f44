import { type Candidate, decide, incomingFacts, type MatchPolicy } from '../matching/index.ts'
import type { IncomingItem, MatchState, PlannedRecord } from './plan.ts'

/**
 * Update Inventory (issue 15): a shelf-ready record is the title of a PO line ordered earlier, so
 * the bibliographic record it updates is the PO line's own — its only match candidate, whatever
 * the record's numbers would find. The match policy still says what happens to that record
 * (merge, overlay or skip, older version, brief level, lock), but never adds a new one: a single
 * match ADD is read as SKIP, and the line's record being gone is the lookup's business
 * (PO_LINE_NOT_FOUND). A delete request is skipped: the record carries the line's inventory.
 */
export function updateInventoryPolicy(policy: MatchPolicy): MatchPolicy {
  return {
    ...policy,
    method: 'SYSTEM_ID',
    noMatchAction: 'SKIP',
    singleMatchAction: policy.singleMatchAction === 'ADD' ? 'SKIP' : policy.singleMatchAction,
    allowDeletes: false,
    skipDifferentInventoryType: false,
  }
}

/** The SYSTEM_ID key of a PO line's record: how its candidate row is found and kept in `state`. */
export const poLineRecordKey = (mmsId: number) => ({ kind: 'SYSTEM_ID' as const, value: String(mmsId), cancelled: false })

/**
 * Decides each record against its PO line's record, as `state` knows it now (an earlier record
 * of the group may have changed it). A record with no PO line is left out: the caller refuses it.
 */
export function decideOnPoLines(items: readonly IncomingItem[], lineRecordOf: ReadonlyMap<number, number>, state: MatchState, policy: MatchPolicy): PlannedRecord[] {
  const planned: PlannedRecord[] = []
  const effective = updateInventoryPolicy(policy)
  for (const item of items) {
    const mmsId = lineRecordOf.get(item.incomingId)
    if (item.record === null || mmsId === undefined) {
      planned.push({ incomingId: item.incomingId, decision: null, target: null, addIndex: null })
      continue
    }
    const key = poLineRecordKey(mmsId)
    const candidates: Candidate[] = state
      .rows(`${key.kind}:${key.value}`)
      .filter((row) => row.mmsId === mmsId)
      .slice(0, 1)
      .map((row) => ({ mmsId: String(mmsId), version005: row.version005, briefLevel: row.briefLevel, inventoryType: row.inventoryType, locked: row.locked, matchedOn: [key] }))
    const decision = decide(incomingFacts(item.record, effective), candidates, effective)
    const target = 'target' in decision && decision.target !== undefined ? { mmsId: Number(decision.target) } : null
    planned.push({ incomingId: item.incomingId, decision, target, addIndex: null })
  }
  return planned
}
