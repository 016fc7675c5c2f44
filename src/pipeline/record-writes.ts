import type { Executor } from '../db/database.ts'
import { addRecords, changeMatchKeys, type RecordFacts, updateRecords } from '../db/repositories/records.repository.ts'
import { keyDifference } from '../domain/import/keys.ts'
import { briefLevel, indexKeys, inventoryType, type MatchKey, version005 } from '../domain/matching/index.ts'
import type { MarcRecord } from '../marc/record.ts'

function facts(marc: MarcRecord): RecordFacts {
  return { version005: version005(marc), briefLevel: briefLevel(marc), inventoryType: inventoryType(marc) }
}

/** A repository record's keys in the match-key table: every kind but SYSTEM_ID (its MMS ID, matched on `records`). */
function storedKeys(marc: MarcRecord, mmsId: number | string): MatchKey[] {
  return indexKeys(marc, String(mmsId)).filter((key) => key.kind !== 'SYSTEM_ID')
}

/** Adds records as a job's, with their facts and match keys; answers their MMS IDs in input order. */
export async function addJobRecords(trx: Executor, institutionId: string, jobId: string, records: readonly MarcRecord[]): Promise<number[]> {
  return addRecords(trx, institutionId, jobId, records.map((marc) => ({ marc, facts: facts(marc), keys: storedKeys(marc, 0) })))
}

/**
 * Writes a job's merges and overlays of records already locked (readForUpdate): the records with
 * their facts and before-images, and only the match keys that changed.
 */
export async function updateJobRecords(
  trx: Executor,
  institutionId: string,
  jobId: string,
  updates: ReadonlyArray<{ mmsId: number; marc: MarcRecord; before: MarcRecord; change: 'MERGED' | 'OVERLAID' }>,
): Promise<void> {
  await updateRecords(trx, jobId, updates.map((u) => ({ mmsId: u.mmsId, marc: u.marc, facts: facts(u.marc), change: u.change })))
  const removed: Array<{ mmsId: number; key: MatchKey }> = []
  const added: Array<{ mmsId: number; key: MatchKey }> = []
  for (const update of updates) {
    const diff = keyDifference(storedKeys(update.before, update.mmsId), storedKeys(update.marc, update.mmsId))
    for (const key of diff.removed) removed.push({ mmsId: update.mmsId, key })
    for (const key of diff.added) added.push({ mmsId: update.mmsId, key })
  }
  await changeMatchKeys(trx, institutionId, removed, added)
}
