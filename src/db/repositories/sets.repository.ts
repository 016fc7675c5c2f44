import { type Selectable, sql } from 'kysely'
import type { ReportCounter } from '../../domain/import/report.ts'
import type { Executor } from '../database.ts'
import type { RecordSetsTable } from '../schema.ts'
import { counterRecords } from './counter-records.repository.ts'
import { withRecord } from '../stored-marc.ts'

export type SetRow = Selectable<RecordSetsTable>

export interface NewCounterSet {
  institutionId: string
  name: string
  jobId: string
  jobStatus: string
  counter: ReportCounter
  createdBy: string
}

/**
 * Makes a set of the repository records behind a job's report counter, in one statement: the
 * counter's incoming records with an MMS ID of a record of the institution (deleted ones too — a
 * set of the records a job deleted is one staff ask for) become the members, each record once.
 */
export async function insertCounterSet(db: Executor, input: NewCounterSet): Promise<SetRow> {
  const result = await sql<SetRow>`
    WITH behind AS (
      SELECT r.mms_id
      FROM (${counterRecords(input.jobId, input.counter)}) AS c
      LEFT JOIN records r ON r.mms_id = c.mms_id AND r.institution_id = ${input.institutionId}::uuid
    ),
    new_set AS (
      INSERT INTO record_sets (institution_id, name, job_id, counter, job_status, counter_records,
                               records_without_repository_record, member_count, created_by)
      SELECT ${input.institutionId}::uuid, ${input.name}, ${input.jobId}::uuid, ${input.counter}, ${input.jobStatus},
             count(*), count(*) FILTER (WHERE mms_id IS NULL), count(DISTINCT mms_id), ${input.createdBy}::uuid
      FROM behind
      RETURNING *
    ),
    members AS (
      INSERT INTO record_set_members (set_id, mms_id)
      SELECT DISTINCT new_set.id, behind.mms_id FROM new_set CROSS JOIN behind WHERE behind.mms_id IS NOT NULL
    )
    SELECT * FROM new_set
  `.execute(db)
  const row = result.rows[0]
  if (row === undefined) throw new Error('the set was not inserted')
  return row
}

export async function findSet(db: Executor, institutionId: string, setId: string): Promise<SetRow | undefined> {
  return db.selectFrom('record_sets').selectAll().where('institution_id', '=', institutionId).where('id', '=', setId).executeTakeFirst()
}

/** A page of a set's records, in MMS ID order after `afterMmsId`, one row more than `limit`. */
export async function listSetMembers(db: Executor, institutionId: string, setId: string, page: { afterMmsId?: number; limit: number }) {
  let query = db
    .selectFrom('record_set_members')
    .innerJoin('records', 'records.mms_id', 'record_set_members.mms_id')
    .selectAll('records')
    .where('record_set_members.set_id', '=', setId)
    .where('records.institution_id', '=', institutionId)
  if (page.afterMmsId !== undefined) query = query.where('record_set_members.mms_id', '>', page.afterMmsId)
  const rows = await query.orderBy('record_set_members.mms_id').limit(page.limit + 1).execute()
  return rows.map(withRecord)
}
