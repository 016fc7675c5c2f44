import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyReply } from 'fastify'
import { Type } from 'typebox'
import { ref } from '../components.ts'
import type { RecordChange } from '../../domain/records/changes.ts'
import { MARC_MEDIA_TYPES, type MarcMediaType, serialiseRecord } from '../../marc/media-types.ts'
import { MarcWriteError } from '../../marc/writer.ts'
import type { JobsService } from '../../services/jobs.service.ts'
import { type RecordsService, toRepositoryRecord } from '../../services/records.service.ts'
import { access } from '../access.ts'
import { negotiate } from '../negotiate.ts'
import { AppError } from '../../errors.ts'
import { principalOf } from '../plugins/auth.ts'
import { AUTHENTICATED_ERRORS, problemResponses, StringEnum, Uuid } from '../schemas.ts'
import { MmsIdParams } from './schemas.ts'

const OFFERED = ['application/json', ...(Object.keys(MARC_MEDIA_TYPES) as MarcMediaType[])] as const

export const recordRoutes: FastifyPluginAsyncTypebox<{ records: RecordsService; jobs: JobsService }> = async (app, { records, jobs }) => {
  const tags = ['records']

  app.get(
    '/records',
    {
      config: { access: access.profile('view') },
      schema: {
        operationId: 'listJobRecords',
        tags,
        summary: 'The repository records a job added, merged, overlaid or deleted',
        querystring: Type.Object(
          {
            jobId: Uuid,
            change: Type.Optional(StringEnum(['added', 'merged', 'overlaid', 'deleted', 'restored', 'undeleted'] as const)),
            cursor: Type.Optional(Type.String({ maxLength: 64 })),
            limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
          },
          { additionalProperties: false },
        ),
        response: { 200: ref('RepositoryRecordPage'), ...problemResponses(...AUTHENTICATED_ERRORS, 404) },
      },
    },
    async (request) => {
      const caller = principalOf(request)
      await jobs.load(caller, request.query.jobId)
      const { change, ...query } = request.query
      return records.listForJob(caller, { ...query, ...(change === undefined ? {} : { change: change.toUpperCase() as RecordChange }) })
    },
  )

  app.get(
    '/records/:mmsId',
    {
      config: { access: access.profile('view') },
      schema: {
        operationId: 'getRecord',
        tags,
        summary: 'One repository record, as JSON or as MARC by Accept',
        description: `Accept: application/json (the record with its facts and MARC-in-JSON), ${Object.entries(MARC_MEDIA_TYPES)
          .map(([type, what]) => `${type} (${what})`)
          .join(', ')}.`,
        params: MmsIdParams,
        produces: [...OFFERED],
        response: {
          200: { ...ref('RepositoryRecord'), description: 'The record; the MARC media types carry the record alone' },
          ...problemResponses(...AUTHENTICATED_ERRORS, 404, 406),
        },
      },
    },
    async (request, reply) => {
      const type = negotiate(request.headers.accept, OFFERED)
      const row = await records.get(principalOf(request), request.params.mmsId)
      if (type === 'application/json') return toRepositoryRecord(row)
      // The MARC representations leave as they are, past the JSON response schema.
      let body: string | Uint8Array
      try {
        body = serialiseRecord(row.marc, type)
      } catch (error) {
        // A record longer than ISO 2709 can express (99,999 bytes, 9,999 per field) is read fine
        // but cannot be written back in that format.
        if (error instanceof MarcWriteError) throw new AppError('NOT_ACCEPTABLE', `${error.message}; ask for application/marcxml+xml or application/marc+json`)
        throw error
      }
      const raw = reply as unknown as FastifyReply
      return raw.type(type).send(typeof body === 'string' ? body : Buffer.from(body))
    },
  )

  app.post(
    '/records/:mmsId/lock',
    {
      config: { access: access.profile('view') },
      schema: {
        operationId: 'lockRecord',
        tags,
        summary: 'Lock a record for editing (expires after 60 minutes); imports will not change it meanwhile',
        params: MmsIdParams,
        response: { 200: ref('RecordLock'), ...problemResponses(...AUTHENTICATED_ERRORS, 404, 409) },
      },
    },
    async (request) => records.lock(principalOf(request), request.params.mmsId),
  )

  app.delete(
    '/records/:mmsId/lock',
    {
      config: { access: access.profile('view') },
      schema: {
        operationId: 'unlockRecord',
        tags,
        summary: 'Release a record\'s lock (its holder, or a catalog administrator)',
        params: MmsIdParams,
        response: { 204: Type.Null({ description: 'Unlocked' }), ...problemResponses(...AUTHENTICATED_ERRORS, 404) },
      },
    },
    async (request, reply) => {
      await records.unlock(principalOf(request), request.params.mmsId)
      return reply.code(204).send(null)
    },
  )
}
