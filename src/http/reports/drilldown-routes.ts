import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyReply } from 'fastify'
import { Readable } from 'node:stream'
import type { JobsService } from '../../services/jobs.service.ts'
import { counterRecordsFile, GZIP_MEDIA_TYPE, PREVIEW_LIMIT, previewCounter } from '../../services/report-drilldown.ts'
import { access } from '../access.ts'
import { negotiate } from '../negotiate.ts'
import { principalOf } from '../plugins/auth.ts'
import { AppError } from '../../errors.ts'
import { AUTHENTICATED_ERRORS, problemResponses } from '../schemas.ts'
import { CounterDownloadContent, CounterDownloadQuery, CounterParams, CounterPreview } from './schemas.ts'

/**
 * The body is a gzip file whatever MARC it holds, so `Accept` can only ask for gzip; the MARC
 * format is a query parameter. Asking for MARC itself by Accept gets a 406 that says so.
 */
function acceptGzip(accept: string | undefined) {
  try {
    negotiate(accept, [GZIP_MEDIA_TYPE])
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'NOT_ACCEPTABLE') throw error
    throw new AppError('NOT_ACCEPTABLE', `The download is one ${GZIP_MEDIA_TYPE} file; choose the MARC format inside it with ?format=ISO2709 or ?format=MARCXML`)
  }
}

export const reportDrilldownRoutes: FastifyPluginAsyncTypebox<{ jobs: JobsService }> = async (app, { jobs }) => {
  const tags = ['jobs']

  app.get(
    '/jobs/:id/report/:counter/records',
    {
      config: { access: access.profile('view') },
      schema: {
        operationId: 'previewJobReportRow',
        tags,
        summary: `Preview a report row: up to ${PREVIEW_LIMIT} of the incoming records behind one counter`,
        description:
          'Each record with its position in the uploaded file, outcome, reason, the MMS ID it was written to and its title. `total` is the counter\'s number; download the row for all of its records, or make a set of their repository records (createSet).',
        params: CounterParams,
        response: { 200: CounterPreview, ...problemResponses(...AUTHENTICATED_ERRORS, 404) },
      },
    },
    async (request) => previewCounter(jobs, principalOf(request), request.params.id, request.params.counter),
  )

  app.get(
    '/jobs/:id/report/:counter/download',
    {
      config: { access: access.profile('view') },
      schema: {
        operationId: 'downloadJobReportRow',
        tags,
        summary: 'Download the records behind a report row as one gzip-compressed MARC file',
        description: [
          'Every record behind the counter (no limit), as uploaded, in bulk file order and then in their order in the file, in one gzip file (`Content-Type: application/gzip`; the body is the .gz file, not a transfer encoding).',
          'Choose the MARC inside with `format` (`ISO2709` or `MARCXML`, default: the format the records were uploaded in); `Accept` may only ask for `application/gzip` (or leave it to `*/*`), anything else answers 406.',
          'A record goes out as its original bytes when it is asked for in the format it was uploaded in, so unreadable records come back as they were, to correct and upload again; otherwise it is read and written in the format asked for, and records that cannot be are left out and counted in `X-Records-Not-Converted`.',
        ].join(' '),
        params: CounterParams,
        querystring: CounterDownloadQuery,
        produces: [GZIP_MEDIA_TYPE],
        response: { 200: CounterDownloadContent, ...problemResponses(...AUTHENTICATED_ERRORS, 404, 406) },
      },
    },
    async (request, reply) => {
      acceptGzip(request.headers.accept)
      const { id, counter } = request.params
      const download = await counterRecordsFile(jobs, principalOf(request), id, counter, request.query.format)
      // Counter names are ASCII identifiers: the filename needs no RFC 6266 encoding.
      return (reply as unknown as FastifyReply)
        .code(200)
        .header('content-type', download.contentType)
        .header('content-disposition', `attachment; filename="${download.filename}"`)
        .header('x-marc-format', download.format)
        .header('x-record-count', String(download.records))
        .header('x-records-not-converted', String(download.notConverted))
        .send(Readable.from(download.body, { objectMode: false }))
    },
  )
}
