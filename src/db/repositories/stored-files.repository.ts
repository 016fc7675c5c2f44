import { createHash } from 'node:crypto'
import type { Executor } from '../database.ts'

export const CHUNK_BYTES = 1024 * 1024

export class UploadTooLargeError extends Error {
  readonly limit: number
  constructor(limit: number) {
    super(`The upload is larger than the limit of ${limit} bytes`)
    this.name = 'UploadTooLargeError'
    this.limit = limit
  }
}

/**
 * Streams an upload into 1 MiB chunks, one INSERT per chunk: memory stays at about one chunk
 * whatever the file's size. Throws UploadTooLargeError past `limitBytes`; the caller's transaction
 * then rolls back, so nothing of a refused upload stays stored.
 */
export async function storeFile(
  db: Executor,
  file: { institutionId: string; name: string; contentType: string | null; limitBytes: number; jobId?: string },
  source: AsyncIterable<Uint8Array>,
): Promise<{ id: string; sizeBytes: number; sha256: string }> {
  const row = await db
    .insertInto('stored_files')
    .values({ institution_id: file.institutionId, name: file.name, content_type: file.contentType, job_id: file.jobId ?? null })
    .returning('id')
    .executeTakeFirstOrThrow()
  const hash = createHash('sha256')
  let pending: Buffer[] = []
  let pendingBytes = 0
  let size = 0
  let seq = 0
  const flush = async () => {
    if (pendingBytes === 0) return
    const data = Buffer.concat(pending, pendingBytes)
    pending = []
    pendingBytes = 0
    await db.insertInto('stored_file_chunks').values({ file_id: row.id, seq: seq++, data }).execute()
  }
  for await (const piece of source) {
    size += piece.byteLength
    if (size > file.limitBytes) throw new UploadTooLargeError(file.limitBytes)
    hash.update(piece)
    pending.push(Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength))
    pendingBytes += piece.byteLength
    if (pendingBytes >= CHUNK_BYTES) await flush()
  }
  await flush()
  const sha256 = hash.digest('hex')
  await db.updateTable('stored_files').set({ size_bytes: size, sha256, complete: true }).where('id', '=', row.id).execute()
  return { id: row.id, sizeBytes: size, sha256 }
}

/** Size of the pieces `readStoredFile` hands out: what an upload arrives in from the multipart parser. */
const READ_PIECE_BYTES = 64 * 1024

/**
 * The stored bytes, one chunk read at a time, handed out in 64 KiB views of it. The MARC reader
 * parses all the records of a piece before yielding the first: a whole 1 MiB chunk meant ~1,100
 * parsed records alive at once, which the young-generation GC promotes to old space — a 300 MiB
 * job's initialize step peaked ~35 MiB higher that way (bench/upload-memory.ts --wait-split).
 */
export async function* readStoredFile(db: Executor, fileId: string): AsyncGenerator<Buffer> {
  for (let seq = 0; ; seq++) {
    const chunk = await db
      .selectFrom('stored_file_chunks')
      .select('data')
      .where('file_id', '=', fileId)
      .where('seq', '=', seq)
      .executeTakeFirst()
    if (chunk === undefined) return
    for (let at = 0; at < chunk.data.length; at += READ_PIECE_BYTES) yield chunk.data.subarray(at, at + READ_PIECE_BYTES)
  }
}

/** Makes a stored file the job's. */
export async function assignStoredFile(db: Executor, storedFileId: string, jobId: string): Promise<void> {
  await db.updateTable('stored_files').set({ job_id: jobId }).where('id', '=', storedFileId).execute()
}

export async function storedFileName(db: Executor, storedFileId: string): Promise<string> {
  const row = await db.selectFrom('stored_files').select('name').where('id', '=', storedFileId).executeTakeFirstOrThrow()
  return row.name
}
