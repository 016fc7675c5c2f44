import { type Insertable, sql } from 'kysely'
import type { BorrowingStatus } from '../../domain/resource-sharing/libris.ts'
import type { Executor } from '../database.ts'
import { cursorColumn, type Keyset, olderThan } from '../pagination.ts'
import type { BorrowingRequestsTable } from '../schema.ts'

export async function findBorrowingRequest(db: Executor, institutionId: string, id: string) {
  return db.selectFrom('borrowing_requests').selectAll().where('institution_id', '=', institutionId).where('id', '=', id).executeTakeFirst()
}

export type BorrowingRequestRow = NonNullable<Awaited<ReturnType<typeof findBorrowingRequest>>>

export interface BorrowingRequestFilter {
  status?: BorrowingStatus
  partnerId?: string
  jobId?: string
  updatedSince?: string
}

export async function listBorrowingRequests(db: Executor, institutionId: string, filter: BorrowingRequestFilter, page: { after?: Keyset; limit: number }) {
  let query = db
    .selectFrom('borrowing_requests')
    .selectAll()
    .select(cursorColumn('borrowing_requests').as('cursor_at'))
    .where('institution_id', '=', institutionId)
  if (filter.status !== undefined) query = query.where('status', '=', filter.status)
  if (filter.partnerId !== undefined) query = query.where(sql<boolean>`lenders @> ${JSON.stringify([{ partnerId: filter.partnerId }])}::jsonb`)
  if (filter.jobId !== undefined) {
    const jobId = filter.jobId
    query = query.where((eb) => eb.or([eb('created_by_job', '=', jobId), eb('updated_by_job', '=', jobId)]))
  }
  if (filter.updatedSince !== undefined) query = query.where('updated_at', '>=', new Date(filter.updatedSince))
  if (page.after !== undefined) query = query.where(olderThan('borrowing_requests', page.after))
  return query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(page.limit + 1).execute()
}

/** The known requests among `lfNumbers`, by LF number, with the last_modified we stored: one query. */
export async function knownByLfNumber(db: Executor, institutionId: string, lfNumbers: readonly string[]): Promise<Map<string, string>> {
  if (lfNumbers.length === 0) return new Map()
  const rows = await db
    .selectFrom('borrowing_requests')
    .select(['lf_number', 'external_last_modified'])
    .where('institution_id', '=', institutionId)
    .where('lf_number', 'in', [...lfNumbers])
    .execute()
  return new Map(rows.map((row) => [row.lf_number, row.external_last_modified]))
}

export type BorrowingRequestValues = Omit<Insertable<BorrowingRequestsTable>, 'id' | 'created_at' | 'updated_at'>

/** New requests in one multi-row insert. */
export async function insertBorrowingRequests(db: Executor, rows: readonly BorrowingRequestValues[]): Promise<void> {
  if (rows.length === 0) return
  await db.insertInto('borrowing_requests').values([...rows]).execute()
}

/** Known requests (by LF number) brought up to date in one statement. */
export async function updateBorrowingRequests(db: Executor, institutionId: string, rows: readonly BorrowingRequestValues[]): Promise<void> {
  if (rows.length === 0) return
  const values = rows.map((row) => ({ ...row, lenders: JSON.parse(row.lenders) as unknown }))
  await sql`
    UPDATE borrowing_requests AS b SET
      external_request_id = v.external_request_id,
      external_status = v.external_status,
      status = v.status,
      title = v.title,
      author = v.author,
      isbn_issn = v.isbn_issn,
      media_type = v.media_type,
      requesting_library_code = v.requesting_library_code,
      requesting_library_id = v.requesting_library_id,
      receiving_library_code = v.receiving_library_code,
      receiving_library_id = v.receiving_library_id,
      lenders = v.lenders,
      external_last_modified = v.external_last_modified,
      date_received = v.date_received,
      due_date = v.due_date,
      updated_by_job = v.updated_by_job,
      updated_at = now()
    FROM jsonb_to_recordset(${JSON.stringify(values)}::jsonb) AS v(
      lf_number text, external_request_id text, external_status text, status text, title text, author text,
      isbn_issn text, media_type text, requesting_library_code text, requesting_library_id uuid,
      receiving_library_code text, receiving_library_id uuid, lenders jsonb, external_last_modified text,
      date_received text, due_date text, updated_by_job uuid)
    WHERE b.institution_id = ${institutionId}::uuid AND b.lf_number = v.lf_number
  `.execute(db)
}
