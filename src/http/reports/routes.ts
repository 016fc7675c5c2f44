import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { JobsService } from '../../services/jobs.service.ts'
import { access } from '../access.ts'
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
    async (request) => jobs.report(principalOf(request), request.params.id),
  )
}
