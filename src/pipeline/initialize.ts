import type { Db, Executor } from '../db/database.ts'
import { setBulkFileJunk } from '../db/repositories/bulk-files.repository.ts'
import { listJobInputs } from '../db/repositories/job-inputs.repository.ts'
import { getJob, insertEvent, profileSnapshotOf } from '../db/repositories/jobs.repository.ts'
import { describeJunk, type FileJunk, isWarningJunk } from '../domain/import/junk.ts'
import { countOf } from '../wording.ts'
import { bulkFileFull, DRY_RUN_MAX_RECORDS } from '../domain/import/split.ts'
import { IllegalTransitionError } from '../domain/jobs/lifecycle.ts'
import { readerOptionsOf, type SourceFormat } from '../domain/profiles/profile.ts'
import { detectFormat, NotMarcError, type RecordReadOptions } from '../marc/reader.ts'
import { claimFirstStep, transitionJob } from './job-transitions.ts'
import { BulkFileWriter, type PendingBulk, splitRecord } from './bulk-writer.ts'
import { readJobInput } from './inputs.ts'
import { type BulkMessage, type DryRunMessage, QUEUES, type StepQueue } from './steps.ts'

class DryRunTooLarge extends Error {}

/**
 * Reads every input of the job and writes its bulk files and incoming records in `trx`. Junk
 * between or after records is no record: it goes on the bulk file holding the record before it
 * (or the file's first, before the first record) and into one event per input.
 */
async function splitInputs(
  trx: Executor,
  jobId: string,
  options: { splitSize: number; sourceFormat: SourceFormat; maxRecords: number; read: RecordReadOptions },
): Promise<{ records: number; problems: number; junkBytes: number; bulkIds: string[] }> {
  let records = 0
  let problems = 0
  let junkBytes = 0
  const writer = new BulkFileWriter(trx, jobId)
  const format = options.sourceFormat === 'AUTO' ? undefined : options.sourceFormat
  const junkOf = new Map<string, FileJunk[]>()
  for (const input of await listJobInputs(trx, jobId)) {
    let bulk: PendingBulk | null = null
    let lastBulkId: string | null = null
    /** Junk read since the last bulk file was handed to the writer: it belongs to the next one. */
    let waiting: FileJunk[] = []
    const inputJunk: FileJunk[] = []
    const added = (id: string) => {
      lastBulkId = id
      if (waiting.length > 0) junkOf.set(id, waiting)
      waiting = []
    }
    const recordsFormat = input.bulkFormat ?? format
    for await (const item of readJobInput(trx, input, format, options.read)) {
      if ('kind' in item) {
        const junk = { after: item.after, bytes: item.raw.byteLength, code: item.problem.code === 'PADDING' ? ('PADDING' as const) : ('TRAILING_JUNK' as const), message: item.problem.message }
        // After the last record of a bulk file already handed over: it is that file's.
        if (bulk === null && lastBulkId !== null && item.after > 0) junkOf.set(lastBulkId, [...(junkOf.get(lastBulkId) ?? []), junk])
        else waiting.push(junk)
        inputJunk.push(junk)
        junkBytes += junk.bytes
        continue
      }
      if (bulk === null) bulk = { storedFileId: input.storedFileId, format: recordsFormat ?? detectFormat(item.raw) ?? 'ISO2709', items: [], bytes: 0 }
      bulk.items.push(splitRecord(item))
      bulk.bytes += item.raw.byteLength
      records += 1
      if (!item.ok) problems += 1
      if (records > options.maxRecords) {
        throw new DryRunTooLarge(`A dry run reads at most ${options.maxRecords} records and this upload holds more: import it for real, or dry-run a part of it`)
      }
      if (bulkFileFull(bulk.items.length, bulk.bytes, options.splitSize)) {
        added(await writer.add(bulk, input.name))
        bulk = null
      }
    }
    if (bulk !== null) added(await writer.add(bulk, input.name))
    if (waiting.length > 0 && lastBulkId !== null) junkOf.set(lastBulkId, [...(junkOf.get(lastBulkId) ?? []), ...waiting])
    if (inputJunk.length > 0) {
      await insertEvent(trx, jobId, 'INITIALIZING', {
        severity: isWarningJunk(inputJunk) ? 'WARNING' : 'INFO',
        module: 'SPLIT',
        description: describeJunk(input.name, inputJunk),
        createdBy: null,
      })
    }
  }
  await writer.flush()
  await setBulkFileJunk(trx, junkOf)
  return { records, problems, junkBytes, bulkIds: writer.ids }
}

/**
 * Reads the job's inputs (its uploaded files, or what a re-run reads again), splits them into bulk
 * files of `splitSize` records and writes every record (raw bytes, or its precise problem) — all
 * in one transaction with the move to RUNNING and the queue messages for the bulk files. A crash
 * anywhere leaves nothing half-split: the retry starts again from the stored inputs.
 */
export async function initializeJob(db: Db, queue: StepQueue, jobId: string, dryRunMaxRecords = DRY_RUN_MAX_RECORDS): Promise<void> {
  if (!(await claimFirstStep(db, jobId, { module: 'UPLOAD', description: 'Job started' }))) return

  try {
    await db.transaction().execute(async (trx) => {
      const job = await getJob(trx, jobId)
      const profile = profileSnapshotOf(job)
      const { records, problems, junkBytes, bulkIds } = await splitInputs(trx, jobId, {
        splitSize: profile.splitSize,
        sourceFormat: profile.sourceFormat,
        maxRecords: job.dry_run ? dryRunMaxRecords : Number.POSITIVE_INFINITY,
        read: readerOptionsOf(profile),
      })
      if (records === 0) {
        await transitionJob(trx, jobId, 'COMPLETED_NO_BULKS', {
          severity: 'INFO',
          module: 'SPLIT',
          description: junkBytes > 0 ? `The upload holds no records, only ${countOf(junkBytes, 'byte')} that are no record` : 'The upload holds no records',
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
          description: `Split ${countOf(records, 'record')} into ${countOf(bulkIds.length, 'bulk file')}${problems > 0 ? `; ${countOf(problems, 'record')} cannot be read` : ''}${junkBytes > 0 ? `; ${countOf(junkBytes, 'byte')} between or after records not counted as records` : ''}`,
          createdBy: null,
        },
        { files_total: bulkIds.length, records_total: records },
      )
      if (job.dry_run) {
        await queue.enqueue(QUEUES.dryRun, { jobId } satisfies DryRunMessage, trx)
      } else {
        await queue.enqueueMany(
          QUEUES.bulk,
          bulkIds.map((bulkFileId) => ({ jobId, bulkFileId }) satisfies BulkMessage),
          trx,
        )
      }
    })
  } catch (error) {
    if (error instanceof NotMarcError || error instanceof DryRunTooLarge) {
      const description = error instanceof NotMarcError ? `The upload is not a MARC file: ${error.message}` : error.message
      await db.transaction().execute((trx) =>
        transitionJob(
          trx,
          jobId,
          'FAILED',
          { severity: 'ERROR', module: error instanceof NotMarcError ? 'PARSE' : 'SPLIT', description, createdBy: null },
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
