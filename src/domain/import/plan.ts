import type { MarcRecord } from '../../marc/record.ts'
import {
  type Candidate,
  type Decision,
  decide,
  incomingFacts,
  indexKeys,
  type InventoryType,
  type MatchKey,
  matchedOn,
  matchKeyId,
  type MatchPolicy,
  MAX_CANDIDATES,
  mergeRecords,
  type MergeRule,
  type NotImportedReason,
  type Outcome,
  outcomeOf,
  overlayRecord,
} from '../matching/index.ts'

/** One incoming record of a bulk file: parsed, or null when it could not be read. */
export interface IncomingItem {
  incomingId: number
  record: MarcRecord | null
}

/** A repository record found through one of its match keys. */
export interface CandidateRow {
  kind: string
  value: string
  cancelled: boolean
  mmsId: number
  version005: string | null
  briefLevel: number
  inventoryType: InventoryType
  locked: boolean
}

/** Where a decision points: a repository record, or a record added earlier in the same bulk file. */
export type Target = { mmsId: number } | { pendingAdd: number }

export interface PlannedRecord {
  incomingId: number
  /** null: the record could not be read (INVALID_RECORD). */
  decision: Decision | null
  target: Target | null
  /** For ADD: its index among the bulk file's adds. */
  addIndex: number | null
}

/** Records added earlier in the bulk file are candidates for later ones: they carry negative ids. */
const pendingId = (addIndex: number) => -(addIndex + 1)
const isPending = (id: number) => id < 0

/**
 * Decides every record of a bulk file, in file order. A record added earlier in the file is a
 * candidate for the records after it, so two records sharing a match key never both create new
 * records (SPEC step 4); the caller holds the keys' locks, so other transactions' adds are either
 * committed and among `candidates`, or wait for us.
 */
export function decideBulk(items: readonly IncomingItem[], candidates: readonly CandidateRow[], policy: MatchPolicy): PlannedRecord[] {
  const byKey = new Map<string, CandidateRow[]>()
  for (const row of candidates) {
    const id = `${row.kind}:${row.value}`
    const list = byKey.get(id)
    if (list === undefined) byKey.set(id, [row])
    else list.push(row)
  }
  const options = { matchCancelledNumbers: policy.matchCancelledNumbers }
  const planned: PlannedRecord[] = []
  let adds = 0
  for (const item of items) {
    if (item.record === null) {
      planned.push({ incomingId: item.incomingId, decision: null, target: null, addIndex: null })
      continue
    }
    const facts = incomingFacts(item.record, policy)
    const found = new Map<number, { row: CandidateRow; stored: MatchKey[] }>()
    for (const key of facts.keys) {
      for (const row of byKey.get(matchKeyId(key)) ?? []) {
        const entry = found.get(row.mmsId) ?? { row, stored: [] }
        entry.stored.push({ kind: key.kind, value: row.value, cancelled: row.cancelled })
        found.set(row.mmsId, entry)
      }
    }
    const list: Candidate[] = []
    for (const { row, stored } of found.values()) {
      const shared = matchedOn(facts.keys, stored, options)
      if (shared.length === 0) continue
      list.push({ mmsId: String(row.mmsId), version005: row.version005, briefLevel: row.briefLevel, inventoryType: row.inventoryType, locked: row.locked, matchedOn: shared })
      if (list.length > MAX_CANDIDATES) break
    }
    const decision = decide(facts, list, policy)
    let target: Target | null = null
    let addIndex: number | null = null
    if (decision.kind === 'ADD') {
      addIndex = adds++
      const id = pendingId(addIndex)
      for (const key of indexKeys(item.record, String(id))) {
        const row: CandidateRow = {
          kind: key.kind,
          value: key.value,
          cancelled: key.cancelled,
          mmsId: id,
          version005: facts.version005,
          briefLevel: facts.briefLevel,
          inventoryType: facts.inventoryType,
          locked: false,
        }
        const keyId = `${key.kind}:${key.value}`
        byKey.set(keyId, [...(byKey.get(keyId) ?? []), row])
      }
    } else if ('target' in decision && decision.target !== undefined) {
      const id = Number(decision.target)
      target = isPending(id) ? { pendingAdd: -id - 1 } : { mmsId: id }
    }
    planned.push({ incomingId: item.incomingId, decision, target, addIndex })
  }
  return planned
}

/** The repository records a plan changes: their MARC must be read (and locked) before `buildWrites`. */
export function targetsToRead(plan: readonly PlannedRecord[]): number[] {
  const ids = new Set<number>()
  for (const entry of plan) {
    const kind = entry.decision?.kind
    if (entry.target !== null && 'mmsId' in entry.target && (kind === 'MERGE' || kind === 'OVERLAY' || kind === 'DELETE')) {
      ids.add(entry.target.mmsId)
    }
  }
  return [...ids].sort((a, b) => a - b)
}

export interface IncomingOutcome {
  incomingId: number
  outcome: Outcome
  reason: NotImportedReason | null
  /** The record written (added, merged, overlaid, deleted), or for an add, its index among the adds. */
  mmsId: number | null
  addIndex: number | null
  decision: Decision | null
}

export interface Writes {
  adds: MarcRecord[]
  updates: Array<{ mmsId: number; marc: MarcRecord; change: 'MERGED' | 'OVERLAID'; before: MarcRecord }>
  deletes: Array<{ mmsId: number; before: MarcRecord }>
  outcomes: IncomingOutcome[]
}

/**
 * Turns decisions into the writes of one transaction. Several incoming records may change the same
 * repository record (or one added earlier in the file): each applies to the result of the one
 * before, and the record is written once, with the before-image it had when the file started.
 */
export function buildWrites(
  plan: readonly PlannedRecord[],
  items: readonly IncomingItem[],
  existing: ReadonlyMap<number, MarcRecord>,
  rule: MergeRule,
): Writes {
  const records = new Map(items.map((item) => [item.incomingId, item.record]))
  const adds: MarcRecord[] = []
  const current = new Map<number, { marc: MarcRecord; change: 'MERGED' | 'OVERLAID' }>()
  const deleted = new Set<number>()
  const outcomes: IncomingOutcome[] = []
  for (const entry of plan) {
    const incoming = records.get(entry.incomingId) ?? null
    if (entry.decision === null || incoming === null) {
      outcomes.push({ incomingId: entry.incomingId, outcome: 'NOT_IMPORTED', reason: 'INVALID_RECORD', mmsId: null, addIndex: null, decision: null })
      continue
    }
    let { outcome, reason } = outcomeOf(entry.decision)
    let mmsId: number | null = null
    const kind = entry.decision.kind
    if (kind === 'ADD') {
      adds.push(incoming)
    } else if ((kind === 'MERGE' || kind === 'OVERLAY') && entry.target !== null) {
      const apply = kind === 'MERGE' ? mergeRecords : overlayRecord
      if ('pendingAdd' in entry.target) {
        const index = entry.target.pendingAdd
        adds[index] = apply(adds[index] as MarcRecord, incoming, rule)
      } else {
        const base = current.get(entry.target.mmsId)?.marc ?? existing.get(entry.target.mmsId)
        if (base === undefined) throw new Error(`record ${entry.target.mmsId} was not read before writing`)
        if (deleted.has(entry.target.mmsId)) {
          // Deleted by an earlier record of this file: nothing is left to change.
          outcomes.push({ incomingId: entry.incomingId, outcome: 'SKIPPED', reason: null, mmsId: null, addIndex: null, decision: entry.decision })
          continue
        }
        mmsId = entry.target.mmsId
        current.set(mmsId, { marc: apply(base, incoming, rule), change: current.get(mmsId)?.change ?? (kind === 'MERGE' ? 'MERGED' : 'OVERLAID') })
      }
    } else if (kind === 'DELETE' && entry.target !== null) {
      if ('pendingAdd' in entry.target) {
        // A delete of a record this same file added: we do not delete what we have not committed;
        // the add stands and the delete request is skipped.
        outcome = 'SKIPPED'
        reason = null
      } else {
        mmsId = entry.target.mmsId
        deleted.add(mmsId)
        current.delete(mmsId)
      }
    }
    outcomes.push({ incomingId: entry.incomingId, outcome, reason, mmsId, addIndex: entry.addIndex, decision: entry.decision })
  }
  const updates = [...current].map(([mmsId, { marc, change }]) => ({ mmsId, marc, change, before: existing.get(mmsId) as MarcRecord }))
  const deletes = [...deleted].map((mmsId) => ({ mmsId, before: existing.get(mmsId) as MarcRecord }))
  return { adds, updates, deletes, outcomes }
}
