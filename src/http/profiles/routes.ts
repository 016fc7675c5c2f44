import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { ref } from '../components.ts'
import { etagOf, type ProfilesService } from '../../services/profiles.service.ts'
import { access } from '../access.ts'
import { principalOf } from '../plugins/auth.ts'
import { AUTHENTICATED_ERRORS, IdParams, problemResponses, Uuid } from '../schemas.ts'
import { NewProfile, NewProfileDocument, ProfileChanges, ProfileListQuery } from './schemas.ts'

const GrantParams = Type.Object({ id: Uuid, userId: Uuid }, { additionalProperties: false })
const ETagHeader = { ETag: { type: 'string', description: 'The profile version, for If-Match' } }

export const profileRoutes: FastifyPluginAsyncTypebox<{ profiles: ProfilesService }> = async (app, { profiles: service }) => {
  const tags = ['profiles']

  app.get(
    '/profiles',
    {
      config: { access: access.profile('view') },
      schema: {
        operationId: 'listProfiles',
        tags,
        summary: 'List import profiles of the types your roles may see',
        querystring: ProfileListQuery,
        response: { 200: ref('ProfilePage'), ...problemResponses(...AUTHENTICATED_ERRORS) },
      },
    },
    async (request) => service.list(principalOf(request), request.query),
  )

  app.post(
    '/profiles',
    {
      config: { access: access.profile('manage'), idempotent: true, documentedBody: NewProfileDocument },
      schema: {
        operationId: 'createProfile',
        tags,
        summary: 'Create an import profile',
        body: NewProfile,
        response: {
          201: { ...ref('Profile'), headers: ETagHeader },
          ...problemResponses(...AUTHENTICATED_ERRORS, 409, 422),
        },
      },
    },
    async (request, reply) => {
      const profile = await service.create(principalOf(request), request.body)
      return reply.code(201).header('location', `/v1/profiles/${profile.id}`).header('etag', etagOf(profile.version)).send(profile)
    },
  )

  app.get(
    '/profiles/:id',
    {
      config: { access: access.profile('view') },
      schema: {
        operationId: 'getProfile',
        tags,
        summary: 'One import profile (the FTP password is never returned)',
        params: IdParams,
        response: { 200: { ...ref('Profile'), headers: ETagHeader }, ...problemResponses(...AUTHENTICATED_ERRORS, 404) },
      },
    },
    async (request, reply) => {
      const caller = principalOf(request)
      const profile = await service.get(caller, request.params.id)
      return reply.header('etag', etagOf(profile.version)).send(profile)
    },
  )

  app.patch(
    '/profiles/:id',
    {
      config: { access: access.profile('manage') },
      schema: {
        operationId: 'updateProfile',
        tags,
        summary: 'Change an import profile; needs If-Match with the ETag you read',
        params: IdParams,
        headers: Type.Object({ 'if-match': Type.Optional(Type.String({ description: 'The ETag of the version you are changing' })) }),
        body: ProfileChanges,
        response: {
          200: { ...ref('Profile'), headers: ETagHeader },
          ...problemResponses(...AUTHENTICATED_ERRORS, 404, 409, 412, 428),
        },
      },
    },
    async (request, reply) => {
      const profile = await service.update(principalOf(request), request.params.id, request.headers['if-match'], request.body)
      return reply.header('etag', etagOf(profile.version)).send(profile)
    },
  )

  app.delete(
    '/profiles/:id',
    {
      config: { access: access.profile('manage') },
      schema: {
        operationId: 'deleteProfile',
        tags,
        summary: 'Delete an import profile; refused while any of its jobs is unfinished',
        params: IdParams,
        response: { 204: Type.Null({ description: 'Deleted' }), ...problemResponses(...AUTHENTICATED_ERRORS, 404, 409) },
      },
    },
    async (request, reply) => {
      await service.remove(principalOf(request), request.params.id)
      return reply.code(204).send(null)
    },
  )

  app.get(
    '/profiles/:id/grants',
    {
      config: { access: access.profile('manage') },
      schema: {
        operationId: 'listProfileGrants',
        tags,
        summary: 'Users allowed to run a restricted profile',
        params: IdParams,
        response: { 200: Type.Object({ items: Type.Array(ref('Grant')) }), ...problemResponses(...AUTHENTICATED_ERRORS, 404) },
      },
    },
    async (request) => ({ items: await service.listGrants(principalOf(request), request.params.id) }),
  )

  app.get(
    '/profiles/:id/grants/:userId',
    {
      config: { access: access.profile('manage') },
      schema: {
        operationId: 'getProfileGrant',
        tags,
        summary: 'Whether a user holds a grant for this profile',
        params: GrantParams,
        response: { 200: ref('Grant'), ...problemResponses(...AUTHENTICATED_ERRORS, 404) },
      },
    },
    async (request) => service.getGrant(principalOf(request), request.params.id, request.params.userId),
  )

  app.put(
    '/profiles/:id/grants/:userId',
    {
      config: { access: access.profile('manage') },
      schema: {
        operationId: 'putProfileGrant',
        tags,
        summary: 'Grant a user the right to run this (restricted) profile',
        description: 'A grant is signed off by someone other than the user who receives it: granting yourself answers 403.',
        params: GrantParams,
        response: { 200: ref('Grant'), 201: ref('Grant'), ...problemResponses(...AUTHENTICATED_ERRORS, 404) },
      },
    },
    async (request, reply) => {
      const { created, grant } = await service.putGrant(principalOf(request), request.params.id, request.params.userId)
      return reply.code(created ? 201 : 200).send(grant)
    },
  )

  app.delete(
    '/profiles/:id/grants/:userId',
    {
      config: { access: access.profile('manage') },
      schema: {
        operationId: 'deleteProfileGrant',
        tags,
        summary: 'Take a grant away',
        params: GrantParams,
        response: { 204: Type.Null({ description: 'Removed' }), ...problemResponses(...AUTHENTICATED_ERRORS, 404) },
      },
    },
    async (request, reply) => {
      await service.deleteGrant(principalOf(request), request.params.id, request.params.userId)
      return reply.code(204).send(null)
    },
  )
}
