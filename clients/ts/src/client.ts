import createClient, { type Client } from 'openapi-fetch'
import { followJob, type FollowOptions, type JobStreamMessage } from './events.ts'
import type { operations, paths } from './generated/openapi.ts'
import { ok, ProblemError } from './problem.ts'
import { fetchWithRetry, retryDefaults, type RetryOptions } from './retry.ts'
import type { Job } from './types.ts'
import { multipartBody, replayable, type UploadFields, type UploadFile } from './upload.ts'

export interface CatalogClientOptions {
  /** The service's root, e.g. `http://127.0.0.1:3000`. */
  baseUrl: string
  /** An API key (`cis_…`), sent as `Authorization: Bearer`. */
  apiKey: string
  retry?: RetryOptions
  fetch?: typeof fetch
}

export interface StartImportOptions extends UploadFields {
  /** Makes a retried upload start one job, not two (header Idempotency-Key). */
  idempotencyKey?: string
  signal?: AbortSignal
}

export type StartedJob = operations['startImport']['responses'][202]['content']['application/json']

/**
 * The generated client (`api`: every operation, typed from openapi/openapi.json) plus what the
 * generator cannot express: streamed multipart uploads and following a job's Server-Sent Events.
 * Every request is retried on 429/503 as the service's Retry-After asks.
 */
export class CatalogClient {
  readonly api: Client<paths>
  readonly #options: CatalogClientOptions
  readonly #retry: Required<RetryOptions>
  readonly #fetch: typeof fetch

  constructor(options: CatalogClientOptions) {
    this.#options = { ...options, baseUrl: options.baseUrl.replace(/\/+$/, '') }
    this.#retry = retryDefaults(options.retry)
    this.#fetch = options.fetch ?? fetch
    this.api = createClient<paths>({
      baseUrl: this.#options.baseUrl,
      headers: { authorization: `Bearer ${options.apiKey}` },
      fetch: (request) => fetchWithRetry(() => request.clone(), this.#retry, this.#fetch),
    })
  }

  /**
   * Uploads the files to the profile and answers the new job (operation startImport); the job runs
   * in the background. Files given by path are streamed from disk and reopened for a retry; streams
   * are read once, so an upload with a stream is not retried.
   */
  async startImport(profileId: string, files: readonly UploadFile[], options: StartImportOptions = {}): Promise<StartedJob> {
    if (files.length === 0) throw new TypeError('startImport needs at least one file')
    const path: keyof paths = '/v1/profiles/{id}/jobs'
    const url = this.#options.baseUrl + path.replace('{id}', encodeURIComponent(profileId))
    const makeRequest = () => {
      const { contentType, body } = multipartBody(files, options)
      const headers: Record<string, string> = { authorization: `Bearer ${this.#options.apiKey}`, 'content-type': contentType, accept: 'application/json' }
      if (options.idempotencyKey !== undefined) headers['idempotency-key'] = options.idempotencyKey
      return new Request(url, { method: 'POST', headers, body, duplex: 'half', ...(options.signal === undefined ? {} : { signal: options.signal }) })
    }
    const retry = replayable(files) ? this.#retry : { ...this.#retry, retries: 0 }
    const response = await fetchWithRetry(makeRequest, retry, this.#fetch)
    if (!response.ok) throw await ProblemError.fromResponse(response)
    return (await response.json()) as StartedJob
  }

  /** The job's status, progress and log as they happen, until it finishes or waits for a person. */
  followJob(jobId: string, options?: FollowOptions): AsyncGenerator<JobStreamMessage, void, undefined> {
    return followJob(this.api, jobId, options)
  }

  /** Follows the job to its end and answers it as it ended. */
  async waitForJob(jobId: string, options?: FollowOptions): Promise<Job> {
    for await (const message of this.followJob(jobId, options)) if (message.event === 'end') break
    return ok(this.api.GET('/v1/jobs/{id}', { params: { path: { id: jobId } } }))
  }
}
