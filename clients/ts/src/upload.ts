import { randomBytes } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { basename } from 'node:path'
import { Readable } from 'node:stream'

/** A file to upload: a path (read when sent, so the upload can be retried), or a stream read once. */
export type UploadFile = string | { name: string; stream: AsyncIterable<Uint8Array> | ReadableStream<Uint8Array> }

export interface UploadFields {
  label?: string
  notes?: string
  /** Run the whole pipeline and write nothing (the form field `dryRun=true`). */
  dryRun?: boolean
}

/** Whether the body can be built again for a retry: only files given by path can be reopened. */
export function replayable(files: readonly UploadFile[]): boolean {
  return files.every((file) => typeof file === 'string')
}

/**
 * A multipart/form-data body streamed from the files as it is sent: a multi-gigabyte upload never
 * sits in memory. The fields go first so the service knows the label, notes and dry-run flag
 * before it reads the first record.
 */
export function multipartBody(files: readonly UploadFile[], fields: UploadFields): { contentType: string; body: ReadableStream<Uint8Array> } {
  const boundary = `----catalog-import-${randomBytes(12).toString('hex')}`
  const text = (value: string) => Buffer.from(value, 'utf8')
  const formFields: Array<[string, string]> = []
  if (fields.label !== undefined) formFields.push(['label', fields.label])
  if (fields.notes !== undefined) formFields.push(['notes', fields.notes])
  if (fields.dryRun === true) formFields.push(['dryRun', 'true'])

  async function* parts(): AsyncGenerator<Uint8Array> {
    for (const [name, value] of formFields) {
      yield text(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`)
    }
    for (const file of files) {
      const name = typeof file === 'string' ? basename(file) : file.name
      yield text(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${quoted(name)}"\r\nContent-Type: application/octet-stream\r\n\r\n`)
      const source = typeof file === 'string' ? createReadStream(file) : file.stream instanceof ReadableStream ? Readable.fromWeb(file.stream) : file.stream
      for await (const chunk of source) yield chunk as Uint8Array
      yield text('\r\n')
    }
    yield text(`--${boundary}--\r\n`)
  }
  return { contentType: `multipart/form-data; boundary=${boundary}`, body: ReadableStream.from(parts()) }
}

/** A file name inside a quoted-string, escaped as browsers do (WHATWG HTML, multipart/form-data encoding). */
function quoted(name: string): string {
  return name.replace(/\r/g, '%0D').replace(/\n/g, '%0A').replace(/"/g, '%22')
}
