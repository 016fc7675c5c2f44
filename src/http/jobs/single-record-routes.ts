import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyReply } from 'fastify'
import { Type } from 'typebox'
import { SINGLE_RECORD_RESULTS } from '../../domain/import/single-record.ts'
import { NOT_IMPORTED_REASONS, OUTCOMES } from '../../domain/matching/index.ts'
import { MARC_MEDIA_TYPES, type MarcMediaType } from '../../marc/media-types.ts'
import type { MarcFormat } from '../../marc/reader.ts'
import type { SingleRecordService } from '../../services/single-record.service.ts'
import { access } from '../access.ts'
import { principalOf } from '../plugins/auth.ts'
import { AppError } from '../../errors.ts'
import { problemBody } from '../problem.ts'
import { AUTHENTICATED_ERRORS, IdParams, problemResponses, RecordProblems, StringEnum, Uuid } from '../schemas.ts'
import { JobStatusSchema } from './schemas.ts'

/** The media types a single record may be sent as, and the format each declares. */
const FORMAT_OF: Record<MarcMediaType, MarcFormat> = {
  'application/marc': 'ISO2709',
  'application/marcxml+xml': 'MARCXML',
  'application/marc+json': 'MARC_JSON',
}

/** One ISO 2709 record is at most 99,999 bytes; MARCXML and MARC-in-JSON spell the same one out longer. */
const RECORD_BODY_LIMIT = 1024 * 1024

const SingleRecordResultSchema = StringEnum(SINGLE_RECORD_RESULTS, {
  description:
    'IMPORTED: added as a new record. MERGED: merged into (or overlaid on) its single match. MULTI_MATCHES_FOUND: several matches ' +
    '(unresolved, or too many); `candidates` lists them — with a MANUAL profile the record waits in an import issue of its job (`jobStatus` MANUAL_HANDLING_REQUIRED). NOT_ADDED_BRIEF / NOT_ADDED_LOCKED / NOT_ADDED_OLD: the single match has a ' +
    'higher brief level / is locked / has a newer 005. SKIPPED: the profile skips it (no match with "skip", a delete request not ' +
    'allowed, …). DELETED: a delete request (Ldr/05 d) deleted its match. NOT_ADDED_INVALID: the record cannot be read (422). ' +
    'NOT_ADDED_OTHER: not imported for another reason, named in `reason`.',
})

const SingleRecordAnswer = Type.Object(
  {
    jobId: Uuid,
    jobStatus: JobStatusSchema,
    result: SingleRecordResultSchema,
    outcome: StringEnum(OUTCOMES, { description: 'The record\'s outcome in the job report' }),
    reason: Type.Union([StringEnum(NOT_IMPORTED_REASONS), Type.Null()], { description: 'Why it was not imported; null when it was' }),
    mmsId: Type.Union([Type.String({ pattern: '^[0-9]+$' }), Type.Null()], { description: 'The record added, merged into, overlaid or deleted' }),
    candidates: Type.Array(Type.String({ pattern: '^[0-9]+$' }), {
      description: 'When the record was not imported because of its matches: the MMS IDs of the repository records it matched',
    }),
  },
  { description: 'The record\'s result; the job (kind SINGLE_RECORD) holds its events and report' },
)

const RefusalProblem = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.String(),
    instance: Type.Optional(Type.String()),
    requestId: Type.Optional(Type.String()),
    errors: Type.Optional(Type.Array(Type.Object({ field: Type.String(), message: Type.String() }))),
    jobId: Type.Optional(Type.Union([Uuid, Type.Null()], { description: 'The job that recorded the refused body, when one did' })),
    jobStatus: Type.Optional(JobStatusSchema),
    result: Type.Optional(Type.Union([SingleRecordResultSchema, Type.Null()])),
    problems: Type.Optional(RecordProblems('When the record cannot be read (422): every problem of it, in record order, each with its field position')),
  },
  { description: 'RFC 9457 problem details; when the body was recorded as a job, `jobId` names it' },
)

function refusalResponse(status: number, description: string) {
  return { [status]: { description, content: { 'application/problem+json': { schema: RefusalProblem } } } }
}

const bodyDescription = (type: MarcMediaType) => ({
  schema: { description: `Exactly one record, ${MARC_MEDIA_TYPES[type]}`, contentMediaType: type },
})

export const singleRecordRoutes: FastifyPluginAsyncTypebox<{ singleRecord: SingleRecordService }> = async (app, { singleRecord: service }) => {
  // This plugin's routes take MARC and nothing else: any other media type answers 415.
  app.removeAllContentTypeParsers()
  app.addContentTypeParser(Object.keys(FORMAT_OF), { parseAs: 'buffer', bodyLimit: RECORD_BODY_LIMIT }, (_request, body, done) => done(null, body))

  app.post(
    '/profiles/:id/import-record',
    {
      config: { access: access.profile('run'), idempotent: true },
      schema: {
        operationId: 'importSingleRecord',
        tags: ['jobs'],
        summary: 'Import one MARC record with a profile and answer its result at once',
        description:
          'The body is exactly one record as `application/marc` (ISO 2709), `application/marcxml+xml` (MARCXML) or `application/marc+json` ' +
          '(MARC-in-JSON), at most 1 MiB; the media type is the record\'s format, whatever the profile\'s source format. The record runs ' +
          'through the profile\'s matching and merge like an uploaded file, in the request, recorded as a job of kind SINGLE_RECORD ' +
          '("Single Record Import: <profile>") with its events and report. Result codes follow the OCLC gateway export\'s. ' +
          'A body that is not MARC answers 400 (the job FAILED, or COMPLETED_NO_BULKS for an empty body); several records, or one that ' +
          'cannot be read, answer 422 (the job FAILED without importing anything, or COMPLETED_WITH_ERRORS). Honours `Idempotency-Key`.',
        params: IdParams,
        body: {
          content: {
            'application/marc': bodyDescription('application/marc'),
            'application/marcxml+xml': bodyDescription('application/marcxml+xml'),
            'application/marc+json': bodyDescription('application/marc+json'),
          },
        },
        response: {
          200: SingleRecordAnswer,
          ...problemResponses(...AUTHENTICATED_ERRORS, 404, 409, 413, 415),
          ...refusalResponse(400, 'The body is not a MARC record, or the request is not valid'),
          ...refusalResponse(422, 'The body holds several records, or one that cannot be read'),
        },
      },
    },
    async (request, reply) => {
      const contentType = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? ''
      const format = FORMAT_OF[contentType as MarcMediaType] as MarcFormat | undefined
      const body: unknown = request.body
      if (format === undefined || !Buffer.isBuffer(body)) {
        throw new AppError('UNSUPPORTED_MEDIA_TYPE', `Send one record as ${Object.keys(FORMAT_OF).join(', ')}`)
      }
      const answer = await service.importRecord(principalOf(request), request.params.id, { bytes: body, format, contentType })
      if ('refused' in answer) {
        // problem+json with the job named: sent as is, like every problem (see sendProblem).
        const problem = { ...problemBody(answer.refused, answer.detail, { instance: request.url, requestId: request.id }), jobId: answer.jobId, jobStatus: answer.jobStatus, result: answer.result, ...(answer.problems === undefined ? {} : { problems: answer.problems }) }
        const raw = reply as unknown as FastifyReply
        return raw.code(problem.status).type('application/problem+json').serializer(JSON.stringify).send(problem)
      }
      return answer
    },
  )
}
