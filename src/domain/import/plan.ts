import type { MarcRecord } from '../../marc/record.ts'
import { sameRecord } from './same-record.ts'
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
  briefLevel,
  inventoryType,
  mergeRecords,
  type MergeRule,
  type NotImportedReason,
  type Outcome,
  outcomeOf,
  overlayRecord,
  version005,
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

/** Where a decision points: a repository record, or a record added earlier in the same group of files. */
export type Target = { mmsId: number } | { pendingAdd: number }

export interface PlannedRecord {
  incomingId: number
  /** null: the record could not be read (INVALID_RECORD). */
  decision: Decision | null
  target: Target | null
  /** For ADD: its index among the group's adds. */
  addIndex: number | null
}

/** Records added earlier in the group are candidates for later ones: they carry negative ids. */
export const pendingId = (addIndex: number) => -(addIndex + 1)
const isPending = (id: number) => id < 0

/**
 * What the files of a group know of the repository while they are decided one after another: the
 * candidates found for every key of the group when it starts, then the records each file added,
 * changed or deleted, with the keys and facts of what it wrote. A file is so decided on what it
 * would have found had the files before it been written and committed on their own.
 */
export class MatchState {
  private readonly byKey = new Map<string, CandidateRow[]>()
  /** The keys under which a record has rows, to replace them when it changes. */
  private readonly keysOf = new Map<number, string[]>()
  private adds = 0

  constructor(candidates: readonly CandidateRow[]) {
    for (const row of candidates) this.put(row)
  }

  rows(keyId: string): readonly CandidateRow[] {
    return this.byKey.get(keyId) ?? []
  }

  /** A record decided ADD: a candidate of every record after it, under a negative placeholder id. */
  addPending(record: MarcRecord, facts: Pick<CandidateRow, 'version005' | 'briefLevel' | 'inventoryType'>): number {
    const addIndex = this.adds++
    this.putRecord(pendingId(addIndex), record, facts, false)
    return addIndex
  }

  /** From now on record `id` (a placeholder for an add) is `marc` as written, or gone (null). */
  replace(id: number, marc: MarcRecord | null): void {
    const keyIds = this.keysOf.get(id) ?? []
    const locked = this.byKey.get(keyIds[0] ?? '')?.find((row) => row.mmsId === id)?.locked ?? false
    for (const keyId of keyIds) {
      const rest = (this.byKey.get(keyId) ?? []).filter((row) => row.mmsId !== id)
      if (rest.length === 0) this.byKey.delete(keyId)
      else this.byKey.set(keyId, rest)
    }
    this.keysOf.delete(id)
    if (marc !== null) {
      this.putRecord(id, marc, { version005: version005(marc), briefLevel: briefLevel(marc), inventoryType: inventoryType(marc) }, locked)
    }
  }

  private putRecord(id: number, record: MarcRecord, facts: Pick<CandidateRow, 'version005' | 'briefLevel' | 'inventoryType'>, locked: boolean) {
    for (const key of indexKeys(record, String(id))) {
      this.put({ kind: key.kind, value: key.value, cancelled: key.cancelled, mmsId: id, ...facts, locked })
    }
  }

  private put(row: CandidateRow) {
    const keyId = `${row.kind}:${row.value}`
    const list = this.byKey.get(keyId)
    if (list === undefined) this.byKey.set(keyId, [row])
    else list.push(row)
    const keyIds = this.keysOf.get(row.mmsId)
    if (keyIds === undefined) this.keysOf.set(row.mmsId, [keyId])
    else if (!keyIds.includes(keyId)) keyIds.push(keyId)
  }
}

/**
 * Decides every record of a bulk file, in file order, on `state`. A record added earlier (in the
 * file or the group) is a candidate for the records after it, so two records sharing a match key
 * never both create new records (SPEC step 4); the caller holds the keys' locks, so other
 * transactions' adds are either committed and among the candidates, or wait for us.
 */
export function decideBulk(items: readonly IncomingItem[], state: MatchState, policy: MatchPolicy): PlannedRecord[] {
  const options = { matchCancelledNumbers: policy.matchCancelledNumbers }
  const planned: PlannedRecord[] = []
  for (const item of items) {
    if (item.record === null) {
      planned.push({ incomingId: item.incomingId, decision: null, target: null, addIndex: null })
      continue
    }
    const facts = incomingFacts(item.record, policy)
    const found = new Map<number, { row: CandidateRow; stored: MatchKey[] }>()
    for (const key of facts.keys) {
      for (const row of state.rows(matchKeyId(key))) {
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
      addIndex = state.addPending(item.record, facts)
    } else if ('target' in decision && decision.target !== undefined) {
      const id = Number(decision.target)
      target = isPending(id) ? { pendingAdd: -id - 1 } : { mmsId: id }
    }
    planned.push({ incomingId: item.incomingId, decision, target, addIndex })
  }
  return planned
}

export interface IncomingOutcome {
  incomingId: number
  outcome: Outcome
  reason: NotImportedReason | null
  /**
   * The record written (added, merged, overlaid, deleted); a record added in the group carries its
   * placeholder id (pendingId) until the adds are written.
   */
  mmsId: number | null
  decision: Decision | null
  /** A merge or overlay whose result is the record as it was: nothing is written for it (issue 14). */
  unchanged?: boolean
}

/**
 * The writes of a group of files, built file by file from their plans. Several incoming records
 * may change the same record (in the repository or added earlier in the group): each applies to
 * the result of the one before, and the record is written once, with the before-image it had when
 * the group started.
 */
export class GroupWrites {
  readonly adds: MarcRecord[] = []
  /** Repository records as read (and locked) before their first change: the before-images. */
  private readonly existing = new Map<number, MarcRecord>()
  private readonly current = new Map<number, { marc: MarcRecord; change: 'MERGED' | 'OVERLAID' }>()
  private readonly deleted = new Set<number>()

  /** The repository records a plan changes that were not read yet: read (and lock) them, then `read`. */
  unread(plan: readonly PlannedRecord[]): number[] {
    const ids = new Set<number>()
    for (const entry of plan) {
      const kind = entry.decision?.kind
      if (entry.target !== null && 'mmsId' in entry.target && (kind === 'MERGE' || kind === 'OVERLAY' || kind === 'DELETE')) {
        if (!this.existing.has(entry.target.mmsId)) ids.add(entry.target.mmsId)
      }
    }
    return [...ids].sort((a, b) => a - b)
  }

  read(rows: ReadonlyArray<{ mmsId: number; marc: MarcRecord }>): void {
    for (const row of rows) this.existing.set(row.mmsId, row.marc)
  }

  /**
   * Whether a file would delete a record that a file before it in the group wrote. That delete
   * must come after those writes: the group is written up to the file before, and the file starts
   * the next one. (Within one file a delete wins over the file's own earlier changes.)
   */
  deletesEarlierWrite(plan: readonly PlannedRecord[]): boolean {
    return plan.some(
      (entry) => entry.decision?.kind === 'DELETE' && entry.target !== null && ('pendingAdd' in entry.target || this.current.has(entry.target.mmsId)),
    )
  }

  /** Adds one file's plan to the writes and `state`; answers its records' outcomes. */
  apply(plan: readonly PlannedRecord[], items: readonly IncomingItem[], rule: MergeRule, state: MatchState): IncomingOutcome[] {
    const records = new Map(items.map((item) => [item.incomingId, item.record]))
    const firstAdd = this.adds.length
    const changed = new Set<number>()
    const outcomes: IncomingOutcome[] = []
    for (const entry of plan) {
      const incoming = records.get(entry.incomingId) ?? null
      if (entry.decision === null || incoming === null) {
        outcomes.push({ incomingId: entry.incomingId, outcome: 'NOT_IMPORTED', reason: 'INVALID_RECORD', mmsId: null, decision: null })
        continue
      }
      let { outcome, reason } = outcomeOf(entry.decision)
      let mmsId: number | null = null
      let unchanged = false
      const kind = entry.decision.kind
      if (kind === 'ADD' && entry.addIndex !== null) {
        this.adds[entry.addIndex] = incoming
        mmsId = pendingId(entry.addIndex)
      } else if ((kind === 'MERGE' || kind === 'OVERLAY') && entry.target !== null) {
        const apply = kind === 'MERGE' ? mergeRecords : overlayRecord
        if ('pendingAdd' in entry.target) {
          const index = entry.target.pendingAdd
          const base = this.adds[index] as MarcRecord
          this.adds[index] = apply(base, incoming, rule)
          mmsId = pendingId(index)
          // Counted as a merge into a record that exists would be: one file or many per transaction alike.
          unchanged = sameRecord(this.adds[index] as MarcRecord, base)
        } else {
          const id = entry.target.mmsId
          if (this.deleted.has(id)) {
            // Deleted by an earlier record of this file: nothing is left to change.
            outcomes.push({ incomingId: entry.incomingId, outcome: 'SKIPPED', reason: null, mmsId: null, decision: entry.decision })
            continue
          }
          const base = this.current.get(id)?.marc ?? this.existing.get(id)
          if (base === undefined) throw new Error(`record ${id} was not read before writing`)
          const result = apply(base, incoming, rule)
          if (sameRecord(result, base)) {
            // Nothing to write: no new revision, no before-image; counted as unchanged.
            outcomes.push({ incomingId: entry.incomingId, outcome, reason, mmsId: id, decision: entry.decision, unchanged: true })
            continue
          }
          mmsId = id
          this.current.set(id, { marc: result, change: this.current.get(id)?.change ?? (kind === 'MERGE' ? 'MERGED' : 'OVERLAID') })
        }
      } else if (kind === 'DELETE' && entry.target !== null) {
        if ('pendingAdd' in entry.target) {
          // A delete of a record this same file added: we do not delete what we have not committed;
          // the add stands and the delete request is skipped.
          outcome = 'SKIPPED'
          reason = null
        } else {
          mmsId = entry.target.mmsId
          this.deleted.add(mmsId)
          this.current.delete(mmsId)
        }
      }
      if (mmsId !== null && outcome !== 'SKIPPED') changed.add(mmsId)
      outcomes.push({ incomingId: entry.incomingId, outcome, reason, mmsId, decision: entry.decision, ...(unchanged ? { unchanged } : {}) })
    }
    // The records after this file find its adds, changes and deletes as written.
    for (let index = firstAdd; index < this.adds.length; index++) changed.add(pendingId(index))
    for (const id of changed) {
      state.replace(id, isPending(id) ? (this.adds[-id - 1] as MarcRecord) : this.deleted.has(id) ? null : (this.current.get(id)?.marc ?? null))
    }
    return outcomes
  }

  /** The repository records changed, with their before-images; one changed and changed back is left alone. */
  updates(): Array<{ mmsId: number; marc: MarcRecord; change: 'MERGED' | 'OVERLAID'; before: MarcRecord }> {
    return [...this.current]
      .map(([mmsId, { marc, change }]) => ({ mmsId, marc, change, before: this.existing.get(mmsId) as MarcRecord }))
      .filter((update) => !sameRecord(update.marc, update.before))
  }

  deletes(): number[] {
    return [...this.deleted]
  }
}
