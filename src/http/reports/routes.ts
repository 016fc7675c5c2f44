import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { jobReport } from '../../db/repositories/report.repository.ts'
import { FINISHED_STATUSES, type JobStatus } from '../../domain/jobs/lifecycle.ts'
import type { JobsService } from '../../services/jobs.service.ts'
import { access } from '../access.ts'
import { AppError } from '../problem.ts'
import { principalOf } from '../plugins/auth.ts'
import { ref } from '../components.ts'
import { AUTHENTICATED_ERRORS, IdParams, problemResponses } from '../schemas.ts'

export const reportRoutes: FastifyPluginAsyncTypebox<{ jobs: JobsService }> = async (app, { jobs }) => {
  app.get(
    '/jobs/:id/report',
    {
      config: { access: access.profile('view') },
      schema: {
        operationId: 'getJobReport',
        tags: ['jobs'],
        summary: 'The job report: every counter, so far or final',
        description: 'For import and single-record jobs; a revert job\'s report is getRevertReport (404 here, saying so).',
        params: IdParams,
        response: { 200: ref('JobReport'), ...problemResponses(...AUTHENTICATED_ERRORS, 404) },
      },
    },
    async (request) => {
      const job = await jobs.load(principalOf(request), request.params.id)
      if (job.kind === 'REVERT') throw new AppError('NOT_FOUND', `Job ${job.id} is a revert: its report is /v1/jobs/${job.id}/revert-report`)
      const report = await jobReport(jobs.db, job.id)
      const status = job.status as JobStatus
      return { jobId: job.id, status, final: FINISHED_STATUSES.includes(status), dryRun: job.dry_run, ...report }
    },
  )
}
