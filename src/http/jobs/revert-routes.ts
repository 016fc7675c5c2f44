import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { ref } from '../components.ts'
import type { JobsService } from '../../services/jobs.service.ts'
import { revertItems, revertJob, revertReport } from '../../services/revert.service.ts'
import { access } from '../access.ts'
import { principalOf } from '../plugins/auth.ts'
import { AUTHENTICATED_ERRORS, IdParams, problemResponses } from '../schemas.ts'
import { RevertBody, RevertRecordsQuery } from './revert-schemas.ts'

export const jobRevertRoutes: FastifyPluginAsyncTypebox<{ jobs: JobsService }> = async (app, { jobs }) => {
  const tags = ['jobs']

  app.post(
    '/jobs/:id/revert',
    {
      config: { access: access.profile('run'), idempotent: true },
      schema: {
        operationId: 'revertJob',
        tags,
        summary: 'Undo a completed import: delete what it added, restore what it merged, overlaid or deleted',
        description: [
          'Starts a job of kind `REVERT` (`revertsJob` names this one; follow the `Location`). Records the import added are deleted, records it merged or overlaid get their before-image back, records it deleted come back — each with match keys that follow the restored content.',
          'Records changed since the import (by another job or by hand), deleted since, or locked for editing are **left alone**: the revert then completes with errors, and listRevertRecords lists them with why. The revert writes its own before-images, so the repository history stays complete.',
          'Only Completed Successfully and Completed with Errors import jobs can be reverted, and only once: 409 while a revert of it is under way or after one finished (a failed or cancelled revert may be started again; it skips the records already put back). You must be allowed to run the job\'s profile (a restricted profile needs a grant). Send `{}` for no label or notes.',
        ].join('\n\n'),
        params: IdParams,
        body: RevertBody,
        response: {
          202: { ...ref('Job'), headers: { Location: { type: 'string' } } },
          ...problemResponses(...AUTHENTICATED_ERRORS, 404, 409, 422),
        },
      },
    },
    async (request, reply) => {
      const job = await revertJob(jobs, principalOf(request), request.params.id, request.body ?? {})
      return reply.code(202).header('location', `/v1/jobs/${job.id}`).send(job)
    },
  )

  app.get(
    '/jobs/:id/revert-report',
    {
      config: { access: access.profile('view') },
      schema: {
        operationId: 'getRevertReport',
        tags,
        summary: 'A revert job\'s report: records deleted, restored, undeleted and left alone',
        description: '404 for a job that is not a revert (an import\'s report is getJobReport).',
        params: IdParams,
        response: { 200: ref('RevertReport'), ...problemResponses(...AUTHENTICATED_ERRORS, 404) },
      },
    },
    async (request) => revertReport(jobs, principalOf(request), request.params.id),
  )

  app.get(
    '/jobs/:id/revert-report/records',
    {
      config: { access: access.profile('view') },
      schema: {
        operationId: 'listRevertRecords',
        tags,
        summary: 'The records a revert job put back or left alone, in MMS ID order; the left-alone ones with why',
        params: IdParams,
        querystring: RevertRecordsQuery,
        response: { 200: ref('RevertRecordPage'), ...problemResponses(...AUTHENTICATED_ERRORS, 404) },
      },
    },
    async (request) => revertItems(jobs, principalOf(request), request.params.id, request.query),
  )
}
