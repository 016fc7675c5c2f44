import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { ref } from '../components.ts'
import type { SetsService } from '../../services/sets.service.ts'
import { toRecordSet } from '../../services/sets.service.ts'
import { access } from '../access.ts'
import { principalOf } from '../plugins/auth.ts'
import { AUTHENTICATED_ERRORS, IdParams, problemResponses } from '../schemas.ts'
import { NewSet, SetMembersQuery } from './schemas.ts'

const SET_ACCESS =
  'Sets belong to the institution; you may make and read sets of the jobs you may monitor (the same rule as getJobReport).'

export const setRoutes: FastifyPluginAsyncTypebox<{ sets: SetsService }> = async (app, { sets }) => {
  const tags = ['sets']

  app.post(
    '/sets',
    {
      config: { access: access.profile('view'), idempotent: true },
      schema: {
        operationId: 'createSet',
        tags,
        summary: 'Make an itemized set of the repository records behind a job report row',
        description: [
          'The members are the repository records the counter\'s incoming records were written to (their MMS IDs), each once, deleted ones included; incoming records with no repository record are counted in `recordsWithoutRepositoryRecord`.',
          'The set is a snapshot: it does not change as the job goes on (see `jobStatus`).',
          'Send `Idempotency-Key` to make a retry safe. Follow the `Location`.',
          SET_ACCESS,
        ].join(' '),
        body: NewSet,
        response: {
          201: { ...ref('RecordSet'), headers: { Location: { type: 'string' } } },
          ...problemResponses(...AUTHENTICATED_ERRORS, 404, 409, 422),
        },
      },
    },
    async (request, reply) => {
      const set = await sets.createFromCounter(principalOf(request), request.body)
      return reply.code(201).header('location', `/v1/sets/${set.id}`).send(set)
    },
  )

  app.get(
    '/sets/:id',
    {
      config: { access: access.profile('view') },
      schema: {
        operationId: 'getSet',
        tags,
        summary: 'One set: where it came from and how many records it holds',
        description: SET_ACCESS,
        params: IdParams,
        response: { 200: ref('RecordSet'), ...problemResponses(...AUTHENTICATED_ERRORS, 404) },
      },
    },
    async (request) => toRecordSet(await sets.load(principalOf(request), request.params.id)),
  )

  app.get(
    '/sets/:id/members',
    {
      config: { access: access.profile('view') },
      schema: {
        operationId: 'listSetMembers',
        tags,
        summary: 'The repository records of a set, as they are now, in MMS ID order',
        description: SET_ACCESS,
        params: IdParams,
        querystring: SetMembersQuery,
        response: { 200: ref('RepositoryRecordPage'), ...problemResponses(...AUTHENTICATED_ERRORS, 404) },
      },
    },
    async (request) => sets.members(principalOf(request), request.params.id, request.query),
  )
}
