import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { REPORT_COUNTERS, REPORT_COUNTER_NAMES } from '../../domain/import/report.ts'
import { AUTO_RESOLUTION_RULES, NOT_IMPORTED_REASONS } from '../../domain/matching/index.ts'
import type { JobsService } from '../../services/jobs.service.ts'
import { access } from '../access.ts'
import { principalOf } from '../plugins/auth.ts'
import { AUTHENTICATED_ERRORS, IdParams, problemResponses } from '../schemas.ts'

const counts = (names: readonly string[], describe: (name: string) => string) =>
  Type.Object(Object.fromEntries(names.map((name) => [name, Type.Integer({ minimum: 0, description: describe(name) })])))

export const JobReportSchema = Type.Object({
  jobId: Type.String({ format: 'uuid' }),
  status: Type.String(),
  final: Type.Boolean({ description: 'The job has finished; the counters will not change' }),
  dryRun: Type.Boolean({ description: 'A dry run: the counters say what the import would do; nothing was written to the repository' }),
  counters: counts(REPORT_COUNTER_NAMES, (name) => REPORT_COUNTERS[name as keyof typeof REPORT_COUNTERS]),
  notImportedByReason: counts(NOT_IMPORTED_REASONS, (reason) => `Records not imported: ${reason}`),
  resolvedAutomaticallyByRule: counts(AUTO_RESOLUTION_RULES, (rule) => `Multi-matches resolved automatically by ${rule}`),
})

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
        response: { 200: JobReportSchema, ...problemResponses(...AUTHENTICATED_ERRORS, 404) },
      },
    },
    async (request) => jobs.report(principalOf(request), request.params.id),
  )
}
