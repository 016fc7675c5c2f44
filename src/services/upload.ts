/**
 * An upload as the services see it: the parts of the request body in the order they arrive, each a
 * named stream of bytes or a form field. The HTTP layer adapts its multipart parser to this, so a
 * service never depends on how the bytes reached the process.
 */
export type UploadPart = UploadedFile | UploadField

export interface UploadedFile {
  type: 'file'
  filename: string
  contentType: string | null
  content: AsyncIterable<Uint8Array>
  /** Read once `content` has ended: the sender's file was cut off at the upload limit. */
  readonly truncated: boolean
}

export interface UploadField {
  type: 'field'
  name: string
  value: string
}

/** The first response to a request, given again to a repeat with the same Idempotency-Key. */
export interface Replay {
  status: number
  headers: Record<string, string>
  body: string
}

/**
 * Claims the request's Idempotency-Key once the body's digest is known (an upload's digest is known
 * only once it is stored): null for the first use, the first response for a repeat.
 */
export type ClaimIdempotencyKey = (bodyDigest: string) => Promise<Replay | null>
