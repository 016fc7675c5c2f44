import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { ref } from '../components.ts'
import type { IssuesService } from '../../services/issues.service.ts'
import { access } from '../access.ts'
import { principalOf } from '../plugins/auth.ts'
import { AUTHENTICATED_ERRORS, IdParams, problemResponses } from '../schemas.ts'
import { IssueParams, IssuesQuery, JobIssuesQuery, ResolveBody, ResolveManyBody, ResolveManyResult } from './schemas.ts'

const SEE = 'You see the issues of the jobs you may monitor.'
const RESOLVE =
  'Whoever may run the job\'s profile resolves its issues (a restricted profile needs a grant). Each resolution is one transaction: the repository change, the record\'s outcome, the job\'s counters, an event naming you, and the issue closed; when the last open multi-match of a job waiting for manual handling is resolved, the job completes and its report is final.'

export const issueRoutes: FastifyPluginAsyncTypebox<{ issues: IssuesService }> = async (app, { issues }) => {
  const tags = ['issues']

  app.get(
    '/jobs/:id/issues',
    {
      config: { access: access.profile('view') },
      schema: {
        operationId: 'listJobIssues',
        tags,
        summary: 'The import issues of one job, in the order of its records',
        description: SEE,
        params: IdParams,
        querystring: JobIssuesQuery,
        response: { 200: ref('IssuePage'), ...problemResponses(...AUTHENTICATED_ERRORS, 404) },
      },
    },
    async (request) => issues.list(principalOf(request), { ...request.query, jobId: request.params.id }),
  )

  app.get(
    '/issues',
    {
      config: { access: access.profile('view') },
      schema: {
        operationId: 'listIssues',
        tags,
        summary: 'Import issues across the institution, in the order of their jobs\' records',
        description: `Filter by job, profile, kind, status and dry run. ${SEE}`,
        querystring: IssuesQuery,
        response: { 200: ref('IssuePage'), ...problemResponses(...AUTHENTICATED_ERRORS, 404) },
      },
    },
    async (request) => issues.list(principalOf(request), request.query),
  )

  app.get(
    '/issues/:id',
    {
      config: { access: access.profile('view') },
      schema: {
        operationId: 'getIssue',
        tags,
        summary: 'One issue: the incoming record, each candidate with the keys that matched and the fields that differ, and why no automatic decision was possible',
        description: SEE,
        params: IssueParams,
        response: { 200: ref('IssueDetail'), ...problemResponses(...AUTHENTICATED_ERRORS, 404) },
      },
    },
    async (request) => issues.detail(principalOf(request), request.params.id),
  )

  app.post(
    '/issues/:id/resolve',
    {
      config: { access: access.profile('run') },
      schema: {
        operationId: 'resolveIssue',
        tags,
        summary: 'Resolve one import issue',
        description: `${RESOLVE} 409 when the issue was resolved already (by someone else) or closed, belongs to a dry run, its job is not waiting for manual handling (a multi-match), or when the chosen candidate changed, was locked or deleted since it was offered (the detail says which, and the issue then offers it as it is now); 422 when the action does not fit the issue.`,
        params: IssueParams,
        body: ResolveBody,
        response: { 200: ref('Issue'), ...problemResponses(...AUTHENTICATED_ERRORS, 404, 409, 422) },
      },
    },
    async (request) => issues.resolve(principalOf(request), request.params.id, request.body),
  )

  app.post(
    '/issues/resolve',
    {
      config: { access: access.profile('run') },
      schema: {
        operationId: 'resolveIssues',
        tags,
        summary: 'Resolve many import issues at once',
        description: `Each resolution is applied on its own, all-or-nothing, in request order; the answer has a result per resolution: the issue, or the problem that kept it from being applied (the same ones resolveIssue answers). ${RESOLVE}`,
        body: ResolveManyBody,
        response: { 200: ResolveManyResult, ...problemResponses(...AUTHENTICATED_ERRORS) },
      },
    },
    async (request) => issues.resolveMany(principalOf(request), request.body.resolutions, (error) => request.log.error({ err: error }, 'issue resolution failed')),
  )
}
