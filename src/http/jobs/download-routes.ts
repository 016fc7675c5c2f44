import { Readable } from 'node:stream'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyReply } from 'fastify'
import { bulkFileContent, type Download, type DownloadFormat, MEDIA_TYPES, notImportedRecords } from '../../services/job-downloads.ts'
import type { JobsService } from '../../services/jobs.service.ts'
import { access } from '../access.ts'
import { principalOf } from '../plugins/auth.ts'
import { negotiate } from '../negotiate.ts'
import { AUTHENTICATED_ERRORS, IdParams, problemResponses } from '../schemas.ts'
import { BulkFileContent, JobFileParams, NotImportedContent, NotImportedQuery } from './schemas.ts'

const NOT_IMPORTED_TYPES = [MEDIA_TYPES.ISO2709, MEDIA_TYPES.MARCXML] as const
const FORMAT_OF: Record<(typeof NOT_IMPORTED_TYPES)[number], DownloadFormat> = {
  [MEDIA_TYPES.ISO2709]: 'ISO2709',
  [MEDIA_TYPES.MARCXML]: 'MARCXML',
}

/** The format `Accept` asks for; no preference (absent, a wildcard) takes `preferred`. */
function formatFor(accept: string | undefined) {
  return (preferred: DownloadFormat): DownloadFormat => {
    const offered = NOT_IMPORTED_TYPES.filter((type) => FORMAT_OF[type] === preferred).concat(NOT_IMPORTED_TYPES.filter((type) => FORMAT_OF[type] !== preferred))
    return FORMAT_OF[negotiate(accept, offered)]
  }
}

/** RFC 6266: a plain ASCII name for old clients, the exact one as `filename*`. */
function contentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\w.() -]/g, '_')
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`
}

function send(reply: FastifyReply, download: Download, withConversion: boolean) {
  reply
    .code(200)
    .header('content-type', download.contentType)
    .header('content-disposition', contentDisposition(download.filename))
    .header('x-record-count', String(download.records))
  if (withConversion) reply.header('x-records-not-converted', String(download.notConverted))
  return reply.send(Readable.from(download.body, { objectMode: false }))
}

const NOT_IMPORTED_DESCRIPTION =
  'Choose the format with `Accept`: `application/marc` (ISO 2709) or `application/marcxml+xml` (MARCXML); anything else answers 406. Without a preference (no `Accept`, or a wildcard) the records come in the format they were uploaded in (ISO 2709 for MARC-in-JSON). A record goes out as its original bytes when it is asked for in the format it was uploaded in; otherwise it is read and written in the format asked for, and records that cannot be (unreadable ones, or ones too long for ISO 2709) are left out and counted in `X-Records-Not-Converted`.'

export const jobDownloadRoutes: FastifyPluginAsyncTypebox<{ jobs: JobsService }> = async (app, { jobs }) => {
  const tags = ['jobs']

  app.get(
    '/jobs/:id/files/:fileId/content',
    {
      config: { access: access.profile('view') },
      schema: {
        operationId: 'downloadJobFile',
        tags,
        summary: 'Download a bulk file: its records in the format they were uploaded in',
        params: JobFileParams,
        produces: [MEDIA_TYPES.ISO2709, MEDIA_TYPES.MARCXML, MEDIA_TYPES.MARC_JSON],
        response: { 200: BulkFileContent, ...problemResponses(...AUTHENTICATED_ERRORS, 404) },
      },
    },
    async (request, reply) => {
      const download = await bulkFileContent(jobs, principalOf(request), request.params.id, request.params.fileId)
      return send(reply as unknown as FastifyReply, download, false)
    },
  )

  app.get(
    '/jobs/:id/files/:fileId/not-imported',
    {
      config: { access: access.profile('view') },
      schema: {
        operationId: 'downloadJobFileNotImported',
        tags,
        summary: 'Download the records of a bulk file that were not imported, to correct and upload again',
        description: NOT_IMPORTED_DESCRIPTION,
        params: JobFileParams,
        querystring: NotImportedQuery,
        produces: [...NOT_IMPORTED_TYPES],
        response: { 200: NotImportedContent, ...problemResponses(...AUTHENTICATED_ERRORS, 404, 406) },
      },
    },
    async (request, reply) => {
      const { id, fileId } = request.params
      const download = await notImportedRecords(jobs, principalOf(request), id, fileId, formatFor(request.headers.accept), request.query.reason)
      return send(reply as unknown as FastifyReply, download, true)
    },
  )

  app.get(
    '/jobs/:id/not-imported',
    {
      config: { access: access.profile('view') },
      schema: {
        operationId: 'downloadJobNotImported',
        tags,
        summary: 'Download every record of the job that was not imported, to correct and upload again',
        description: `${NOT_IMPORTED_DESCRIPTION} Records come in bulk file order, then in their order in the file.`,
        params: IdParams,
        querystring: NotImportedQuery,
        produces: [...NOT_IMPORTED_TYPES],
        response: { 200: NotImportedContent, ...problemResponses(...AUTHENTICATED_ERRORS, 404, 406) },
      },
    },
    async (request, reply) => {
      const download = await notImportedRecords(jobs, principalOf(request), request.params.id, null, formatFor(request.headers.accept), request.query.reason)
      return send(reply as unknown as FastifyReply, download, true)
    },
  )
}
