import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { ref } from '../components.ts'
import type { UsersService } from '../../services/users.service.ts'
import { access } from '../access.ts'
import { principalOf } from '../plugins/auth.ts'
import { AUTHENTICATED_ERRORS, IdParams, Limit, problemResponses, Uuid } from '../schemas.ts'
import { CreatedApiKey, NewApiKey, NewUser, UserChanges } from './schemas.ts'

export const userRoutes: FastifyPluginAsyncTypebox<{ users: UsersService }> = async (app, { users: service }) => {
  const tags = ['users']

  app.get(
    '/me',
    {
      config: { access: access.authenticated },
      schema: {
        operationId: 'getCurrentUser',
        tags,
        summary: 'The user the API key belongs to',
        response: { 200: ref('User'), ...problemResponses(...AUTHENTICATED_ERRORS) },
      },
    },
    async (request) => service.get(principalOf(request), principalOf(request).userId),
  )

  app.get(
    '/users',
    {
      config: { access: access.systemAdmin },
      schema: {
        operationId: 'listUsers',
        tags,
        summary: 'List the users of your institution',
        querystring: Type.Object({ cursor: Type.Optional(Type.String({ maxLength: 512 })), limit: Limit }, { additionalProperties: false }),
        response: { 200: ref('UserPage'), ...problemResponses(...AUTHENTICATED_ERRORS) },
      },
    },
    async (request) => service.list(principalOf(request), request.query),
  )

  app.post(
    '/users',
    {
      config: { access: access.systemAdmin, idempotent: true },
      schema: {
        operationId: 'createUser',
        tags,
        summary: 'Create a user with roles',
        body: NewUser,
        response: { 201: ref('User'), ...problemResponses(...AUTHENTICATED_ERRORS, 409, 422) },
      },
    },
    async (request, reply) => {
      const user = await service.create(principalOf(request), request.body)
      return reply.code(201).header('location', `/v1/users/${user.id}`).send(user)
    },
  )

  app.get(
    '/users/:id',
    {
      config: { access: access.systemAdmin },
      schema: {
        operationId: 'getUser',
        tags,
        summary: 'One user',
        params: IdParams,
        response: { 200: ref('User'), ...problemResponses(...AUTHENTICATED_ERRORS, 404) },
      },
    },
    async (request) => service.get(principalOf(request), request.params.id),
  )

  app.patch(
    '/users/:id',
    {
      config: { access: access.systemAdmin },
      schema: {
        operationId: 'updateUser',
        tags,
        summary: 'Change a user\'s name, roles or active flag',
        params: IdParams,
        body: UserChanges,
        response: { 200: ref('User'), ...problemResponses(...AUTHENTICATED_ERRORS, 404, 409) },
      },
    },
    async (request) => service.update(principalOf(request), request.params.id, request.body),
  )

  app.get(
    '/users/:id/api-keys',
    {
      config: { access: access.systemAdmin },
      schema: {
        operationId: 'listApiKeys',
        tags,
        summary: 'A user\'s API keys (never the secrets)',
        params: IdParams,
        response: { 200: Type.Object({ items: Type.Array(ref('ApiKey')) }), ...problemResponses(...AUTHENTICATED_ERRORS, 404) },
      },
    },
    async (request) => ({ items: await service.listKeys(principalOf(request), request.params.id) }),
  )

  app.post(
    '/users/:id/api-keys',
    {
      config: { access: access.systemAdmin, idempotent: true },
      schema: {
        operationId: 'createApiKey',
        tags,
        summary: 'Issue an API key for a user; the key is in this response only',
        params: IdParams,
        body: NewApiKey,
        response: { 201: CreatedApiKey, ...problemResponses(...AUTHENTICATED_ERRORS, 404, 409, 422) },
      },
    },
    async (request, reply) => reply.code(201).send(await service.createKey(principalOf(request), request.params.id, request.body.name)),
  )

  app.delete(
    '/users/:id/api-keys/:keyId',
    {
      config: { access: access.systemAdmin },
      schema: {
        operationId: 'revokeApiKey',
        tags,
        summary: 'Revoke an API key at once',
        params: Type.Object({ id: Uuid, keyId: Uuid }, { additionalProperties: false }),
        response: { 204: Type.Null({ description: 'Revoked' }), ...problemResponses(...AUTHENTICATED_ERRORS, 404) },
      },
    },
    async (request, reply) => {
      await service.revokeKey(principalOf(request), request.params.id, request.params.keyId)
      return reply.code(204).send(null)
    },
  )
}
