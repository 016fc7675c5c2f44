import { sql } from 'kysely'
import type { Db } from '../db/database.ts'
import { insertEvent, lockJob, updateJob } from '../db/repositories/jobs.repository.ts'
import { readSingleRecord } from '../marc/reader.ts'
import type { Enqueue } from './initialize.ts'
import { type FinalizeMessage, QUEUES } from './queues.ts'

class JobNoLongerRunning extends Error {}

/**
 * Processes one bulk file. Its outcomes, the repository changes, the file's completion and the
 * job's counters commit together, so a crash before the commit redoes the whole file and a rerun
 * after it finds the file DONE and changes nothing. A job cancelled meanwhile rolls the file back:
 * only whole files are ever done.
 */
export async function processBulkFile(db: Db, enqueue: Enqueue, jobId: string, bulkFileId: string, workerId: string): Promise<void> {
  try {
    await db.transaction().execute(async (trx) => {
      const bulk = await trx.selectFrom('bulk_files').selectAll().where('id', '=', bulkFileId).forUpdate().executeTakeFirst()
      if (bulk === undefined || bulk.status === 'DONE') return
      const job = await trx.selectFrom('jobs').select(['status', 'institution_id']).where('id', '=', jobId).executeTakeFirstOrThrow()
      if (job.status !== 'RUNNING') return
      const incoming = await trx
        .selectFrom('incoming_records')
        .select(['id', 'raw', 'problem_code'])
        .where('bulk_file_id', '=', bulkFileId)
        .orderBy('position')
        .execute()

      const valid: { id: number; marc: string }[] = []
      const invalid: number[] = []
      for (const row of incoming) {
        if (row.problem_code !== null) {
          invalid.push(row.id)
          continue
        }
        const item = readSingleRecord(row.raw)
        if (item.ok) valid.push({ id: row.id, marc: JSON.stringify(item.record) })
        else invalid.push(row.id)
      }

      if (valid.length > 0) {
        // Until matching exists every valid record is added; one statement adds them all and
        // writes each incoming record's outcome and new MMS ID.
        await sql`
          WITH added AS (
            INSERT INTO records (institution_id, marc, created_by_job, updated_by_job)
            SELECT ${job.institution_id}::uuid, m.marc, ${jobId}::uuid, ${jobId}::uuid
            FROM unnest(${valid.map((v) => v.marc)}::jsonb[]) WITH ORDINALITY AS m(marc, n)
            ORDER BY m.n
            RETURNING mms_id
          ), numbered AS (
            SELECT mms_id, row_number() OVER (ORDER BY mms_id) AS n FROM added
          )
          UPDATE incoming_records i SET outcome = 'ADDED', mms_id = numbered.mms_id
          FROM unnest(${valid.map((v) => v.id)}::bigint[]) WITH ORDINALITY AS v(id, n)
          JOIN numbered ON numbered.n = v.n
          WHERE i.id = v.id
        `.execute(trx)
      }
      if (invalid.length > 0) {
        await trx
          .updateTable('incoming_records')
          .set({ outcome: 'NOT_IMPORTED', reason: 'INVALID_RECORD' })
          .where('id', 'in', invalid)
          .execute()
      }
      const counts: Record<string, number> = {}
      if (valid.length > 0) counts.ADDED = valid.length
      if (invalid.length > 0) counts.NOT_IMPORTED = invalid.length
      await trx
        .updateTable('bulk_files')
        .set({ status: 'DONE', counts: JSON.stringify(counts), processed_at: new Date(), processed_by: workerId })
        .where('id', '=', bulkFileId)
        .execute()

      // The job row is locked last and briefly: bulk files of one job run in parallel until here.
      const locked = await lockJob(trx, jobId)
      if (locked === undefined || locked.status !== 'RUNNING') throw new JobNoLongerRunning()
      const counters = { ...locked.counters }
      for (const [outcome, n] of Object.entries(counts)) counters[outcome] = (counters[outcome] ?? 0) + n
      const updated = await updateJob(trx, jobId, {
        records_done: locked.records_done + incoming.length,
        files_done: locked.files_done + 1,
        counters: JSON.stringify(counters),
      })
      if (invalid.length > 0) {
        await insertEvent(trx, jobId, 'RUNNING', {
          severity: 'WARNING',
          module: 'PARSE',
          description: `${bulk.name}: ${invalid.length} of ${incoming.length} records not imported (invalid)`,
          createdBy: null,
        })
      }
      if (updated.files_done === updated.files_total) {
        await enqueue(QUEUES.finalize, { jobId } satisfies FinalizeMessage, trx, { singletonKey: jobId })
      }
    })
  } catch (error) {
    if (error instanceof JobNoLongerRunning) return
    throw error
  }
}
