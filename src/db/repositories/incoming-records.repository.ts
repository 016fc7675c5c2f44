import type { Executor } from '../database.ts'

export interface IncomingRaw {
  position: number
  raw: Buffer
  problem_code: string | null
  problem_message: string | null
}

export interface IncomingFilter {
  outcome?: string
  reason?: string
}

/**
 * A bulk file's incoming records in position order, a page at a time: memory holds one page
 * whatever the file's size (a bulk file may hold 10,000 records, one record up to a megabyte).
 */
export async function* streamIncomingRecords(
  db: Executor,
  bulkFileId: string,
  filter: IncomingFilter = {},
  pageSize = 100,
): AsyncGenerator<IncomingRaw> {
  let after = 0
  for (;;) {
    let query = db
      .selectFrom('incoming_records')
      .select(['position', 'raw', 'problem_code', 'problem_message'])
      .where('bulk_file_id', '=', bulkFileId)
      .where('position', '>', after)
    if (filter.outcome !== undefined) query = query.where('outcome', '=', filter.outcome)
    if (filter.reason !== undefined) query = query.where('reason', '=', filter.reason)
    const page = await query.orderBy('position').limit(pageSize).execute()
    for (const row of page) yield row
    const last = page[page.length - 1]
    if (last === undefined || page.length < pageSize) return
    after = last.position
  }
}

export async function countIncomingRecords(db: Executor, bulkFileIds: readonly string[], filter: IncomingFilter = {}): Promise<number> {
  if (bulkFileIds.length === 0) return 0
  let query = db
    .selectFrom('incoming_records')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('bulk_file_id', 'in', [...bulkFileIds])
  if (filter.outcome !== undefined) query = query.where('outcome', '=', filter.outcome)
  if (filter.reason !== undefined) query = query.where('reason', '=', filter.reason)
  return (await query.executeTakeFirstOrThrow()).n
}
