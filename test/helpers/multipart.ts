export interface UploadFile {
  name: string
  content: Buffer | string
}

export interface MultipartBody {
  payload: Buffer
  headers: { 'content-type': string }
}

/**
 * A multipart/form-data body as a browser sends an upload: the text fields, then every file under
 * the field name `file`. The payload goes to `app.inject` as it is, or to `fetch` as the body.
 */
export function multipart(files: UploadFile[], fields: Record<string, string> = {}): MultipartBody {
  const boundary = `----cis${Math.random().toString(16).slice(2)}`
  const parts: Buffer[] = []
  for (const [name, value] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`))
  }
  for (const file of files) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: application/marc\r\n\r\n`))
    parts.push(Buffer.isBuffer(file.content) ? file.content : Buffer.from(file.content))
    parts.push(Buffer.from('\r\n'))
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`))
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } }
}
