import { sql } from 'kysely'
import type { RecordChange } from '../../domain/records/changes.ts'
import type { Executor } from '../database.ts'
import { withRecord } from '../stored-marc.ts'


const RECORD_COLUMNS = [
  'records.mms_id',
  'records.kind',
  'records.marc',
  'records.version_005',
  'records.brief_level',
  'records.inventory_type',
  'records.revision',
  'records.locked_by',
  'records.locked_until',
  'records.created_by_job',
  'records.updated_by_job',
  'records.created_at',
  'records.updated_at',
  'records.deleted_at',
] as const

export async function findRecord(db: Executor, institutionId: string, mmsId: number) {
  const row = await db.selectFrom('records').select(RECORD_COLUMNS).where('institution_id', '=', institutionId).where('mms_id', '=', mmsId).executeTakeFirst()
  return row === undefined ? undefined : withRecord(row)
}

export type RecordRow = NonNullable<Awaited<ReturnType<typeof findRecord>>>

/** The profile type of the job that created a record, as that job ran it (its profile snapshot). */
export async function creatingProfileType(db: Executor, institutionId: string, jobId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('jobs')
    .select(sql<string | null>`profile_snapshot->>'type'`.as('type'))
    .where('institution_id', '=', institutionId)
    .where('id', '=', jobId)
    .executeTakeFirst()
  return row?.type ?? undefined
}

/** Records a job touched, optionally by what it did to them, in MMS ID order after `afterMmsId`. */
export async function listJobRecords(
  db: Executor,
  institutionId: string,
  filter: { jobId: string; change?: RecordChange },
  page: { afterMmsId?: number; limit: number },
) {
  // Records a job added are the ones it created; what it did to others is in record_changes.
  const added = db
    .selectFrom('records')
    .select(RECORD_COLUMNS)
    .select(sql<string>`'ADDED'`.as('change'))
    .where('records.institution_id', '=', institutionId)
    .where('records.created_by_job', '=', filter.jobId)
  const changed = db
    .selectFrom('record_changes')
    .innerJoin('records', 'records.mms_id', 'record_changes.mms_id')
    .select(RECORD_COLUMNS)
    .select('record_changes.change')
    .where('records.institution_id', '=', institutionId)
    .where('record_changes.job_id', '=', filter.jobId)
  const source =
    filter.change === 'ADDED' ? added : filter.change === undefined ? added.unionAll(changed) : changed.where('record_changes.change', '=', filter.change)
  let query = db.selectFrom(source.as('touched')).selectAll()
  if (page.afterMmsId !== undefined) query = query.where('touched.mms_id', '>', page.afterMmsId)
  const rows = await query.orderBy('touched.mms_id').limit(page.limit + 1).execute()
  return rows.map(withRecord)
}

/** Locks the record for `userId` unless someone else holds a lock that has not expired. */
export async function lockRecord(db: Executor, institutionId: string, mmsId: number, userId: string, minutes: number) {
  return db
    .updateTable('records')
    .set({ locked_by: userId, locked_until: new Date(Date.now() + minutes * 60_000) })
    .where('institution_id', '=', institutionId)
    .where('mms_id', '=', mmsId)
    .where('deleted_at', 'is', null)
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', new Date()), eb('locked_by', '=', userId)]))
    .returning(['mms_id', 'locked_by', 'locked_until'])
    .executeTakeFirst()
}

export async function unlockRecord(db: Executor, institutionId: string, mmsId: number) {
  return db
    .updateTable('records')
    .set({ locked_by: null, locked_until: null })
    .where('institution_id', '=', institutionId)
    .where('mms_id', '=', mmsId)
    .returning('mms_id')
    .executeTakeFirst()
}
