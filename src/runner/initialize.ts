import { sql } from 'kysely'
import type { Db, Executor } from '../db/database.ts'
import { listJobInputs } from '../db/repositories/job-inputs.repository.ts'
import { lockJob } from '../db/repositories/jobs.repository.ts'
import { IllegalTransitionError } from '../domain/jobs/lifecycle.ts'
import { detectFormat, type MarcFormat, NotMarcError, type ReadItem } from '../marc/reader.ts'
import { transitionJob } from '../services/job-transitions.ts'
import { readJobInput } from './inputs.ts'
import { type BulkMessage, QUEUES } from './queues.ts'

export interface Enqueue {
  (queue: string, message: object, trx: Executor, options?: { singletonKey?: string }): Promise<void>
}

interface PendingBulk {
  storedFileId: string
  format: MarcFormat
  items: ReadItem[]
  bytes: number
}

/**
 * Reads the job's inputs (its uploaded files, or what a re-run reads again), splits them into bulk
 * files of `splitSize` records and writes every record (raw bytes, or its precise problem) — all
 * in one transaction with the move to RUNNING and the queue messages for the bulk files. A crash
 * anywhere leaves nothing half-split: the retry starts again from the stored inputs.
 */
export async function initializeJob(db: Db, enqueue: Enqueue, jobId: string): Promise<void> {
  const started = await db.transaction().execute(async (trx) => {
    const job = await lockJob(trx, jobId)
    if (job === undefined) return false
    if (job.status === 'PENDING') {
      await transitionJob(trx, jobId, 'INITIALIZING', { severity: 'INFO', module: 'UPLOAD', description: 'Job started', createdBy: null })
      return true
    }
    return job.status === 'INITIALIZING'
  })
  if (!started) return

  try {
    await db.transaction().execute(async (trx) => {
      const job = await trx.selectFrom('jobs').select(['profile_snapshot']).where('id', '=', jobId).executeTakeFirstOrThrow()
      const profile = job.profile_snapshot as { splitSize: number; sourceFormat: string }
      const inputs = await listJobInputs(trx, jobId)
      let seq = 0
      let records = 0
      let problems = 0
      const bulkIds: string[] = []
      const flush = async (bulk: PendingBulk, fileName: string) => {
        seq += 1
        const id = await writeBulkFile(trx, jobId, seq, `${fileName} (${seq})`, bulk)
        bulkIds.push(id)
      }
      for (const input of inputs) {
        let bulk: PendingBulk | null = null
        const format = profile.sourceFormat === 'AUTO' ? undefined : (profile.sourceFormat as MarcFormat)
        const recordsFormat = (input.bulkFormat as MarcFormat | null) ?? format
        for await (const item of readJobInput(trx, input, format)) {
          if (bulk === null) bulk = { storedFileId: input.storedFileId, format: recordsFormat ?? detectFormat(item.raw) ?? 'ISO2709', items: [], bytes: 0 }
          bulk.items.push(item)
          bulk.bytes += item.raw.byteLength
          records += 1
          if (!item.ok) problems += 1
          if (bulk.items.length >= profile.splitSize) {
            await flush(bulk, input.name)
            bulk = null
          }
        }
        if (bulk !== null) await flush(bulk, input.name)
      }
      if (records === 0) {
        await transitionJob(trx, jobId, 'COMPLETED_NO_BULKS', {
          severity: 'INFO',
          module: 'SPLIT',
          description: 'The upload holds no records',
          createdBy: null,
        })
        return
      }
      await transitionJob(
        trx,
        jobId,
        'RUNNING',
        {
          severity: problems > 0 ? 'WARNING' : 'INFO',
          module: 'SPLIT',
          description: `Split ${records} records into ${bulkIds.length} bulk files${problems > 0 ? `; ${problems} records cannot be read` : ''}`,
          createdBy: null,
        },
        { files_total: bulkIds.length, records_total: records },
      )
      for (const bulkFileId of bulkIds) {
        await enqueue(QUEUES.bulk, { jobId, bulkFileId } satisfies BulkMessage, trx)
      }
    })
  } catch (error) {
    if (error instanceof NotMarcError) {
      await db.transaction().execute((trx) =>
        transitionJob(
          trx,
          jobId,
          'FAILED',
          { severity: 'ERROR', module: 'PARSE', description: `The upload is not a MARC file: ${error.message}`, createdBy: null },
          { failure_reason: error.message },
        ),
      )
      return
    }
    // Cancelled while we were reading: the cancel won, our work rolled back.
    if (error instanceof IllegalTransitionError && error.from === 'CANCELLED') return
    throw error
  }
}

async function writeBulkFile(trx: Executor, jobId: string, seq: number, name: string, bulk: PendingBulk): Promise<string> {
  const row = await trx
    .insertInto('bulk_files')
    .values({
      job_id: jobId,
      stored_file_id: bulk.storedFileId,
      seq,
      name,
      format: bulk.format,
      record_count: bulk.items.length,
      size_bytes: bulk.bytes,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  // One statement for the whole bulk file: unnest() turns parallel arrays into rows.
  await sql`
    INSERT INTO incoming_records (job_id, bulk_file_id, position, raw, problem_code, problem_message, warnings)
    SELECT ${jobId}::uuid, ${row.id}::uuid, r.position, r.raw, r.problem_code, r.problem_message, r.warnings
    FROM unnest(${bulk.items.map((i) => i.position)}::int[], ${bulk.items.map((i) => Buffer.from(i.raw))}::bytea[],
                ${bulk.items.map((i) => (i.ok ? null : i.problem.code))}::text[],
                ${bulk.items.map((i) => (i.ok ? null : i.problem.message))}::text[],
                ${bulk.items.map((i) => (i.ok && i.warnings.length > 0 ? JSON.stringify(i.warnings) : null))}::jsonb[])
      AS r(position, raw, problem_code, problem_message, warnings)
  `.execute(trx)
  return row.id
}
