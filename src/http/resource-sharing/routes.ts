import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { toJob } from '../../services/jobs.service.ts'
import { etagOf } from '../../services/profiles.service.ts'
import type { ResourceSharingService } from '../../services/resource-sharing.service.ts'
import { access } from '../access.ts'
import { ref } from '../components.ts'
import { principalOf } from '../plugins/auth.ts'
import { AUTHENTICATED_ERRORS, IdParams, problemResponses } from '../schemas.ts'
import {
  BorrowingRequestListQuery,
  IntegrationProfileChanges,
  IntegrationProfileListQuery,
  LibraryCodeMappingChanges,
  MappingParams,
  NewIntegrationProfile,
  NewLibraryCodeMapping,
  NewPartner,
  PageQuery,
  PartnerChanges,
  PartnerListQuery,
} from './schemas.ts'

const ETagHeader = { ETag: { type: 'string', description: 'The version, for If-Match' } }
const IfMatch = Type.Object({ 'if-match': Type.Optional(Type.String({ description: 'The ETag of the version you are changing' })) })
const rule = access.systemAdmin

/**
 * Resource sharing (issue 17, seed 004): integration profiles and their library code mappings,
 * partners, borrowing requests and harvests. All of it is the General System Administrator's.
 */
export const resourceSharingRoutes: FastifyPluginAsyncTypebox<{ resourceSharing: ResourceSharingService }> = async (app, { resourceSharing: service }) => {
  const tags = ['resource-sharing']

  app.get(
    '/integration-profiles',
    {
      config: { access: rule },
      schema: {
        operationId: 'listIntegrationProfiles',
        tags,
        summary: 'List integration profiles (resource sharing with Libris)',
        querystring: IntegrationProfileListQuery,
        response: { 200: ref('IntegrationProfilePage'), ...problemResponses(...AUTHENTICATED_ERRORS) },
      },
    },
    async (request) => service.listProfiles(principalOf(request), request.query),
  )

  app.post(
    '/integration-profiles',
    {
      config: { access: rule, idempotent: true },
      schema: {
        operationId: 'createIntegrationProfile',
        tags,
        summary: 'Create a Resource Sharing Integration profile',
        description: 'The code is unique in your institution (409). The API key is write-only: stored encrypted, answered only as `apiKeySet`.',
        body: NewIntegrationProfile,
        response: { 201: { ...ref('IntegrationProfile'), headers: ETagHeader }, ...problemResponses(...AUTHENTICATED_ERRORS, 409, 422) },
      },
    },
    async (request, reply) => {
      const profile = await service.createProfile(principalOf(request), request.body)
      return reply.code(201).header('location', `/v1/integration-profiles/${profile.id}`).header('etag', etagOf(profile.version)).send(profile)
    },
  )

  app.get(
    '/integration-profiles/:id',
    {
      config: { access: rule },
      schema: {
        operationId: 'getIntegrationProfile',
        tags,
        summary: 'One integration profile (the API key is never returned)',
        params: IdParams,
        response: { 200: { ...ref('IntegrationProfile'), headers: ETagHeader }, ...problemResponses(...AUTHENTICATED_ERRORS, 404) },
      },
    },
    async (request, reply) => {
      const profile = await service.profile(principalOf(request), request.params.id)
      return reply.header('etag', etagOf(profile.version)).send(profile)
    },
  )

  app.patch(
    '/integration-profiles/:id',
    {
      config: { access: rule },
      schema: {
        operationId: 'updateIntegrationProfile',
        tags,
        summary: 'Change an integration profile; needs If-Match with the ETag you read',
        params: IdParams,
        headers: IfMatch,
        body: IntegrationProfileChanges,
        response: { 200: { ...ref('IntegrationProfile'), headers: ETagHeader }, ...problemResponses(...AUTHENTICATED_ERRORS, 404, 409, 412, 428) },
      },
    },
    async (request, reply) => {
      const profile = await service.updateProfile(principalOf(request), request.params.id, request.headers['if-match'], request.body)
      return reply.header('etag', etagOf(profile.version)).send(profile)
    },
  )

  app.delete(
    '/integration-profiles/:id',
    {
      config: { access: rule },
      schema: {
        operationId: 'deleteIntegrationProfile',
        tags,
        summary: 'Delete an integration profile; refused while its harvest is unfinished',
        params: IdParams,
        response: { 204: Type.Null({ description: 'Deleted' }), ...problemResponses(...AUTHENTICATED_ERRORS, 404, 409) },
      },
    },
    async (request, reply) => {
      await service.removeProfile(principalOf(request), request.params.id)
      return reply.code(204).send(null)
    },
  )

  app.post(
    '/integration-profiles/:id/run',
    {
      config: { access: rule, idempotent: true },
      schema: {
        operationId: 'runIntegrationProfile',
        tags,
        summary: 'Start "Import resource sharing requests using profile <name>" now',
        description:
          'Starts a job of kind `HARVEST` (follow the `Location`): the outgoing requests of the profile\'s library code, by whole days from the later of the harvest start date and the last successful harvest up to today. 409 when the profile is inactive or a harvest of it is under way. Its report is getHarvestReport.',
        params: IdParams,
        response: { 202: { ...ref('Job'), headers: { Location: { type: 'string' } } }, ...problemResponses(...AUTHENTICATED_ERRORS, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const job = toJob(await service.run(principalOf(request), request.params.id))
      return reply.code(202).header('location', `/v1/jobs/${job.id}`).send(job)
    },
  )

  app.get(
    '/integration-profiles/:id/library-mappings',
    {
      config: { access: rule },
      schema: {
        operationId: 'listLibraryCodeMappings',
        tags,
        summary: 'The profile\'s mapping of external library codes to our libraries',
        description: 'A harvested request whose library code has no mapping fails the harvest (seed 004).',
        params: IdParams,
        querystring: PageQuery,
        response: { 200: ref('LibraryCodeMappingPage'), ...problemResponses(...AUTHENTICATED_ERRORS, 404) },
      },
    },
    async (request) => service.listMappings(principalOf(request), request.params.id, request.query),
  )

  app.post(
    '/integration-profiles/:id/library-mappings',
    {
      config: { access: rule, idempotent: true },
      schema: {
        operationId: 'createLibraryCodeMapping',
        tags,
        summary: 'Map an external library code to one of our libraries',
        description: 'An external code is mapped once per profile (409).',
        params: IdParams,
        body: NewLibraryCodeMapping,
        response: { 201: { ...ref('LibraryCodeMapping'), headers: ETagHeader }, ...problemResponses(...AUTHENTICATED_ERRORS, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const mapping = await service.createMapping(principalOf(request), request.params.id, request.body)
      return reply
        .code(201)
        .header('location', `/v1/integration-profiles/${request.params.id}/library-mappings/${mapping.id}`)
        .header('etag', etagOf(mapping.version))
        .send(mapping)
    },
  )

  app.get(
    '/integration-profiles/:id/library-mappings/:mappingId',
    {
      config: { access: rule },
      schema: {
        operationId: 'getLibraryCodeMapping',
        tags,
        summary: 'One library code mapping',
        params: MappingParams,
        response: { 200: { ...ref('LibraryCodeMapping'), headers: ETagHeader }, ...problemResponses(...AUTHENTICATED_ERRORS, 404) },
      },
    },
    async (request, reply) => {
      const mapping = await service.mapping(principalOf(request), request.params.id, request.params.mappingId)
      return reply.header('etag', etagOf(mapping.version)).send(mapping)
    },
  )

  app.patch(
    '/integration-profiles/:id/library-mappings/:mappingId',
    {
      config: { access: rule },
      schema: {
        operationId: 'updateLibraryCodeMapping',
        tags,
        summary: 'Change a library code mapping; needs If-Match with the ETag you read',
        params: MappingParams,
        headers: IfMatch,
        body: LibraryCodeMappingChanges,
        response: { 200: { ...ref('LibraryCodeMapping'), headers: ETagHeader }, ...problemResponses(...AUTHENTICATED_ERRORS, 404, 409, 412, 428) },
      },
    },
    async (request, reply) => {
      const caller = principalOf(request)
      const mapping = await service.updateMapping(caller, request.params.id, request.params.mappingId, request.headers['if-match'], request.body)
      return reply.header('etag', etagOf(mapping.version)).send(mapping)
    },
  )

  app.delete(
    '/integration-profiles/:id/library-mappings/:mappingId',
    {
      config: { access: rule },
      schema: {
        operationId: 'deleteLibraryCodeMapping',
        tags,
        summary: 'Remove a library code mapping (requests already imported keep their library)',
        params: MappingParams,
        response: { 204: Type.Null({ description: 'Removed' }), ...problemResponses(...AUTHENTICATED_ERRORS, 404) },
      },
    },
    async (request, reply) => {
      await service.deleteMapping(principalOf(request), request.params.id, request.params.mappingId)
      return reply.code(204).send(null)
    },
  )

  app.get(
    '/partners',
    {
      config: { access: rule },
      schema: {
        operationId: 'listPartners',
        tags,
        summary: 'Resource sharing partners (lending libraries), optionally the one with a code regardless of case',
        querystring: PartnerListQuery,
        response: { 200: ref('PartnerPage'), ...problemResponses(...AUTHENTICATED_ERRORS) },
      },
    },
    async (request) => service.listPartners(principalOf(request), request.query),
  )

  app.post(
    '/partners',
    {
      config: { access: rule, idempotent: true },
      schema: {
        operationId: 'createPartner',
        tags,
        summary: 'Add a resource sharing partner',
        description: 'The code is stored as given and is unique regardless of case (409): "Hig" and "HIG" are one partner.',
        body: NewPartner,
        response: { 201: { ...ref('Partner'), headers: ETagHeader }, ...problemResponses(...AUTHENTICATED_ERRORS, 409, 422) },
      },
    },
    async (request, reply) => {
      const partner = await service.createPartner(principalOf(request), request.body)
      return reply.code(201).header('location', `/v1/partners/${partner.id}`).header('etag', etagOf(partner.version)).send(partner)
    },
  )

  app.get(
    '/partners/:id',
    {
      config: { access: rule },
      schema: {
        operationId: 'getPartner',
        tags,
        summary: 'One partner',
        params: IdParams,
        response: { 200: { ...ref('Partner'), headers: ETagHeader }, ...problemResponses(...AUTHENTICATED_ERRORS, 404) },
      },
    },
    async (request, reply) => {
      const partner = await service.partner(principalOf(request), request.params.id)
      return reply.header('etag', etagOf(partner.version)).send(partner)
    },
  )

  app.patch(
    '/partners/:id',
    {
      config: { access: rule },
      schema: {
        operationId: 'updatePartner',
        tags,
        summary: 'Change a partner; needs If-Match with the ETag you read',
        params: IdParams,
        headers: IfMatch,
        body: PartnerChanges,
        response: { 200: { ...ref('Partner'), headers: ETagHeader }, ...problemResponses(...AUTHENTICATED_ERRORS, 404, 409, 412, 428) },
      },
    },
    async (request, reply) => {
      const partner = await service.updatePartner(principalOf(request), request.params.id, request.headers['if-match'], request.body)
      return reply.header('etag', etagOf(partner.version)).send(partner)
    },
  )

  app.delete(
    '/partners/:id',
    {
      config: { access: rule },
      schema: {
        operationId: 'deletePartner',
        tags,
        summary: 'Delete a partner no borrowing request names (409 otherwise: deactivate it)',
        params: IdParams,
        response: { 204: Type.Null({ description: 'Deleted' }), ...problemResponses(...AUTHENTICATED_ERRORS, 404, 409) },
      },
    },
    async (request, reply) => {
      await service.deletePartner(principalOf(request), request.params.id)
      return reply.code(204).send(null)
    },
  )

  app.get(
    '/borrowing-requests',
    {
      config: { access: rule },
      schema: {
        operationId: 'listBorrowingRequests',
        tags,
        summary: 'Borrowing requests imported from the external system, newest first',
        querystring: BorrowingRequestListQuery,
        response: { 200: ref('BorrowingRequestPage'), ...problemResponses(...AUTHENTICATED_ERRORS) },
      },
    },
    async (request) => service.listBorrowingRequests(principalOf(request), request.query),
  )

  app.get(
    '/borrowing-requests/:id',
    {
      config: { access: rule },
      schema: {
        operationId: 'getBorrowingRequest',
        tags,
        summary: 'One borrowing request',
        params: IdParams,
        response: { 200: ref('BorrowingRequest'), ...problemResponses(...AUTHENTICATED_ERRORS, 404) },
      },
    },
    async (request) => service.borrowingRequest(principalOf(request), request.params.id),
  )

  app.get(
    '/jobs/:id/harvest-report',
    {
      config: { access: rule },
      schema: {
        operationId: 'getHarvestReport',
        tags: ['jobs', ...tags],
        summary: 'A harvest job\'s report: requests found, created, updated, unchanged, failed',
        description: '404 for a job that is not a harvest (an import\'s report is getJobReport).',
        params: IdParams,
        response: { 200: ref('HarvestReport'), ...problemResponses(...AUTHENTICATED_ERRORS, 404) },
      },
    },
    async (request) => service.harvestReport(principalOf(request), request.params.id),
  )
}
