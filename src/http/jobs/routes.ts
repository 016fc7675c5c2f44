import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { Multipart } from '@fastify/multipart'
import type { FastifyReply } from 'fastify'
import { Type } from 'typebox'
import { ref } from '../components.ts'
import { commitDryRun, rerunJob } from '../../services/job-rerun.ts'
import { type JobsService, toJob } from '../../services/jobs.service.ts'
import type { SingleRecordService } from '../../services/single-record.service.ts'
import type { UploadPart } from '../../services/upload.ts'
import { access } from '../access.ts'
import { principalOf } from '../plugins/auth.ts'
import { claimIdempotency } from '../plugins/idempotency.ts'
import { refuseNul } from '../plugins/text-guard.ts'
import { AppError } from '../../errors.ts'
import { AUTHENTICATED_ERRORS, IdParams, problemResponses, Uuid } from '../schemas.ts'
import { jobDownloadRoutes } from './download-routes.ts'
import { jobRevertRoutes } from './revert-routes.ts'
import { CommitDryRunBody, EventListQuery, JobListQuery, RerunBody, UploadForm } from './schemas.ts'
import { singleRecordRoutes } from './single-record-routes.ts'
import { jobStreamRoutes } from './stream-routes.ts'
import { PROFILE_HISTORY_KINDS } from '../../domain/ftp/files.ts'

/**
 * The multipart parts as the services take them (`UploadPart`). The parser reports a malformed or
 * cut-off body by throwing a plain Error from the stream; that is the client's mistake, so it
 * leaves as a 400 rather than a 500.
 */
async function* uploadParts(parts: AsyncIterable<Multipart>): AsyncGenerator<UploadPart> {
  const bad = (error: unknown) => {
    if (error instanceof AppError) return error
    // Too many files, fields or parts: the multipart limits say 413 themselves.
    if (isMultipartLimit(error)) return new AppError('PAYLOAD_TOO_LARGE', `The multipart body has too many parts: ${error.message}`)
    return new AppError('BAD_REQUEST', `The multipart body is malformed: ${error instanceof Error ? error.message : String(error)}`)
  }
  const iterator = parts[Symbol.asyncIterator]()
  for (;;) {
    let next: IteratorResult<Multipart>
    try {
      next = await iterator.next()
    } catch (error) {
      throw bad(error)
    }
    if (next.done === true) return
    const part = next.value
    refuseUnstorableText(part)
    if (part.type === 'field') {
      yield { type: 'field', name: part.fieldname, value: String(part.value) }
      continue
    }
    const file = part.file
    const content = (async function* () {
      try {
        yield* file
      } catch (error) {
        throw bad(error)
      }
    })()
    yield {
      type: 'file',
      filename: part.filename,
      contentType: part.mimetype,
      content,
      get truncated() {
        return file.truncated
      },
    }
  }
}

function isMultipartLimit(error: unknown): error is Error {
  return error instanceof Error && 'code' in error && ['FST_FILES_LIMIT', 'FST_FIELDS_LIMIT', 'FST_PARTS_LIMIT'].includes(String(error.code))
}

/**
 * Longer than a file name can be on common file systems. The multipart parser cuts a part's
 * headers at 80 KiB without saying so; a name that long is refused rather than stored cut.
 */
const MAX_FILE_NAME = 255

/** A part's names and text go into PostgreSQL as they are: refused here rather than failing there. */
function refuseUnstorableText(part: { type: string; fieldname?: unknown; filename?: unknown; value?: unknown }): void {
  if (typeof part.fieldname === 'string') refuseNul('fieldname', part.fieldname)
  if (typeof part.filename === 'string') {
    refuseNul('file.filename', part.filename)
    if (part.filename.length > MAX_FILE_NAME) {
      const message = `must be at most ${MAX_FILE_NAME} characters`
      throw new AppError('VALIDATION_FAILED', `file.filename ${message}`, { errors: [{ field: 'file.filename', message }] })
    }
  }
  if (typeof part.value === 'string' && typeof part.fieldname === 'string') refuseNul(part.fieldname, part.value)
}

export const jobRoutes: FastifyPluginAsyncTypebox<{ jobs: JobsService; singleRecord: SingleRecordService }> = async (app, { jobs, singleRecord }) => {
  const tags = ['jobs']

  app.post(
    '/profiles/:id/jobs',
    {
      config: { access: access.profile('run'), idempotent: true, documentedBody: UploadForm },
      schema: {
        operationId: 'startImport',
        tags,
        summary: 'Upload one or more MARC files and start an import job',
        description:
          'multipart/form-data with one or more `file` parts (ISO 2709, MARCXML or MARC-in-JSON; UTF-8 or MARC-8) and optional `label` and `notes` fields. The files are streamed into storage; the job runs in the background — follow the `Location`. With the field `dryRun` = `true` the job is a dry run: the whole pipeline (reading, matching, decisions, counters, the import issues it would open) and a complete report, with nothing written to the repository; `commitDryRun` then runs it for real.',
        params: IdParams,
        consumes: ['multipart/form-data'],
        response: {
          202: { ...ref('Job'), headers: { Location: { type: 'string' } } },
          ...problemResponses(...AUTHENTICATED_ERRORS, 404, 409, 413, 415),
        },
      },
    },
    async (request, reply) => {
      if (!request.isMultipart()) throw Object.assign(new Error('Send the files as multipart/form-data'), { statusCode: 415, code: 'FST_INVALID_MULTIPART_CONTENT_TYPE' })
      const result = await jobs.upload(principalOf(request), request.params.id, uploadParts(request.parts()), (digest) =>
        claimIdempotency(jobs.db, request, digest),
      )
      if ('replay' in result) {
        // The stored response is already serialised JSON; it goes out as it was first sent.
        const raw = reply as unknown as FastifyReply
        return raw.code(result.replay.status).headers(result.replay.headers).send(result.replay.body)
      }
      return reply.code(202).header('location', `/v1/jobs/${result.job.id}`).send(result.job)
    },
  )

  app.post(
    '/profiles/:id/jobs/preview',
    {
      config: { access: access.profile('run'), documentedBody: UploadForm },
      schema: {
        operationId: 'previewImportSplit',
        tags,
        summary: 'How an upload would be split, without storing it or starting a job',
        description: 'The same multipart body as startImport. Answers each file\'s format, record count, unreadable records and the bulk files it would become.',
        params: IdParams,
        consumes: ['multipart/form-data'],
        response: { 200: ref('SplitPreview'), ...problemResponses(...AUTHENTICATED_ERRORS, 404, 413, 415) },
      },
    },
    async (request) => {
      if (!request.isMultipart()) throw Object.assign(new Error('Send the files as multipart/form-data'), { statusCode: 415, code: 'FST_INVALID_MULTIPART_CONTENT_TYPE' })
      return jobs.previewSplit(principalOf(request), request.params.id, uploadParts(request.parts()))
    },
  )

  app.get(
    '/jobs',
    {
      config: { access: access.profile('view') },
      schema: {
        operationId: 'listJobs',
        tags,
        summary: 'Jobs of the profile types you may monitor, newest first',
        querystring: JobListQuery,
        response: { 200: ref('JobPage'), ...problemResponses(...AUTHENTICATED_ERRORS) },
      },
    },
    async (request) => jobs.list(principalOf(request), request.query),
  )

  app.get(
    '/profiles/:id/jobs',
    {
      config: { access: access.profile('view') },
      schema: {
        operationId: 'listProfileJobs',
        tags,
        summary: 'A profile\'s job history, with the profile\'s summary',
        params: IdParams,
        querystring: Type.Object(
          { cursor: Type.Optional(Type.String({ maxLength: 512 })), limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }) },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            profile: Type.Object({ id: Uuid, name: Type.String(), type: Type.String(), active: Type.Boolean(), restricted: Type.Boolean() }),
            items: Type.Array(ref('Job')),
            nextCursor: Type.Union([Type.String(), Type.Null()]),
          }),
          ...problemResponses(...AUTHENTICATED_ERRORS, 404),
        },
      },
    },
    async (request) => {
      const caller = principalOf(request)
      const profile = await jobs.profiles.load(caller, request.params.id, 'view')
      // An FTP run's fetch job is in the general job list only; its load job is the profile's history.
      const page = await jobs.list(caller, { ...request.query, profileId: profile.id, kind: [...PROFILE_HISTORY_KINDS] })
      return { profile: { id: profile.id, name: profile.name, type: profile.type, active: profile.active, restricted: profile.restricted }, ...page }
    },
  )

  app.get(
    '/jobs/:id',
    {
      config: { access: access.profile('view') },
      schema: {
        operationId: 'getJob',
        tags,
        summary: 'One job: status, progress and counters',
        params: IdParams,
        response: { 200: ref('Job'), ...problemResponses(...AUTHENTICATED_ERRORS, 404) },
      },
    },
    async (request) => {
      return toJob(await jobs.load(principalOf(request), request.params.id))
    },
  )

  app.post(
    '/jobs/:id/cancel',
    {
      config: { access: access.profile('run') },
      schema: {
        operationId: 'cancelJob',
        tags,
        summary: 'Cancel a job; bulk files already done stay done, nothing is half-done',
        params: IdParams,
        response: { 200: ref('Job'), ...problemResponses(...AUTHENTICATED_ERRORS, 404, 409) },
      },
    },
    async (request) => jobs.cancel(principalOf(request), request.params.id),
  )

  app.post(
    '/jobs/:id/rerun',
    {
      config: { access: access.profile('run'), idempotent: true },
      schema: {
        operationId: 'rerunJob',
        tags,
        summary: 'Run a Failed or Completed with Errors job again, whole or only some of its bulk files',
        description:
          'A new import job (`rerunOf` names this one) over the stored files this job read, or with `fileIds` over only those bulk files\' records. It runs with the profile\'s current settings, so a corrected profile takes effect; you must be allowed to run the profile now (a restricted profile needs a grant) and it must be active. Send `{}` to re-run everything. Answers 409 for a job in any other status. Follow the `Location`.',
        params: IdParams,
        body: RerunBody,
        response: {
          202: { ...ref('Job'), headers: { Location: { type: 'string' } } },
          ...problemResponses(...AUTHENTICATED_ERRORS, 404, 409, 422),
        },
      },
    },
    async (request, reply) => {
      const job = await rerunJob(jobs, principalOf(request), request.params.id, request.body ?? {})
      return reply.code(202).header('location', `/v1/jobs/${job.id}`).send(job)
    },
  )

  app.post(
    '/jobs/:id/commit',
    {
      config: { access: access.profile('run'), idempotent: true },
      schema: {
        operationId: 'commitDryRun',
        tags,
        summary: 'Run a completed dry run for real, over the same stored files',
        description:
          'A new import job (not a dry run; `rerunOf` names the dry run) over the files the dry run read, with the profile settings the dry run ran with — so it does what the dry run\'s report says, unless the repository changed in between. You must be allowed to run the profile now and it must be active. Once per dry run: 409 when the job is not a dry run, is not completed, or was already run for real. Follow the `Location`.',
        params: IdParams,
        body: CommitDryRunBody,
        response: {
          202: { ...ref('Job'), headers: { Location: { type: 'string' } } },
          ...problemResponses(...AUTHENTICATED_ERRORS, 404, 409),
        },
      },
    },
    async (request, reply) => {
      const job = await commitDryRun(jobs, principalOf(request), request.params.id, request.body ?? {})
      return reply.code(202).header('location', `/v1/jobs/${job.id}`).send(job)
    },
  )

  app.get(
    '/jobs/:id/events',
    {
      config: { access: access.profile('view') },
      schema: {
        operationId: 'listJobEvents',
        tags,
        summary: 'The job\'s event log, oldest first',
        params: IdParams,
        querystring: EventListQuery,
        response: { 200: ref('JobEventPage'), ...problemResponses(...AUTHENTICATED_ERRORS, 404) },
      },
    },
    async (request) => jobs.events(principalOf(request), request.params.id, request.query),
  )

  app.get(
    '/jobs/:id/files',
    {
      config: { access: access.profile('view') },
      schema: {
        operationId: 'listJobFiles',
        tags,
        summary: 'The job\'s bulk files with record counts, outcomes and problems',
        params: IdParams,
        response: { 200: Type.Object({ items: Type.Array(ref('BulkFile')) }), ...problemResponses(...AUTHENTICATED_ERRORS, 404) },
      },
    },
    async (request) => ({ items: await jobs.files(principalOf(request), request.params.id) }),
  )

  app.get(
    '/jobs/:id/files/:fileId',
    {
      config: { access: access.profile('view') },
      schema: {
        operationId: 'getJobFile',
        tags,
        summary: 'One bulk file',
        params: Type.Object({ id: Uuid, fileId: Uuid }, { additionalProperties: false }),
        response: { 200: ref('BulkFile'), ...problemResponses(...AUTHENTICATED_ERRORS, 404) },
      },
    },
    async (request) => jobs.file(principalOf(request), request.params.id, request.params.fileId),
  )

  await app.register(jobStreamRoutes, { jobs })
  await app.register(jobDownloadRoutes, { jobs })
  await app.register(jobRevertRoutes, { jobs })
  await app.register(singleRecordRoutes, { singleRecord })
}
