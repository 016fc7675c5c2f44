import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import type { CodedKind } from '../../domain/institution/configuration.ts'
import { ACQUISITIONS_CONFIGURATION_ROLES, CATALOG_CONFIGURATION_ROLES, type Role, SYSTEM_ADMIN_ROLES } from '../../domain/permissions/roles.ts'
import { etagOf, type InstitutionConfigService } from '../../services/institution-config.service.ts'
import { access, type AccessRule } from '../access.ts'
import { ref } from '../components.ts'
import { principalOf } from '../plugins/auth.ts'
import { AUTHENTICATED_ERRORS, IdParams, problemResponses, Uuid } from '../schemas.ts'
import { CodedChanges, ConfigListQuery, InstitutionChanges, NewCoded, NewVendor, VendorChanges } from './schemas.ts'

const ETagHeader = { ETag: { type: 'string', description: 'The version, for If-Match' } }
const IfMatch = Type.Object({ 'if-match': Type.Optional(Type.String({ description: 'The ETag of the version you are changing' })) })
const LocationParams = Type.Object({ id: Uuid, locationId: Uuid }, { additionalProperties: false })
const READ_NOTE = 'Every user of the institution reads it: staff pick from these lists.'
const DELETE_NOTE = 'Refused with 409 while anything refers to it; deactivate it instead (PATCH with `{"active": false}`).'
const UPDATE_NOTE = 'Needs If-Match with the ETag you read (428 without it, 412 when it changed since).'

const writers = (roles: readonly Role[]): AccessRule => ({ kind: 'roles', roles })

interface CodedResource {
  kind: CodedKind
  path: string
  /** Operation id stems: listLibraries, createLibrary… */
  one: string
  many: string
  noun: string
  component: 'Library' | 'Fund' | 'ItemPolicy' | 'MaterialType'
  page: 'LibraryPage' | 'FundPage' | 'ItemPolicyPage' | 'MaterialTypePage'
  roles: readonly Role[]
}

const CODED: CodedResource[] = [
  { kind: 'library', path: '/libraries', one: 'Library', many: 'Libraries', noun: 'library', component: 'Library', page: 'LibraryPage', roles: CATALOG_CONFIGURATION_ROLES },
  { kind: 'fund', path: '/funds', one: 'Fund', many: 'Funds', noun: 'fund', component: 'Fund', page: 'FundPage', roles: ACQUISITIONS_CONFIGURATION_ROLES },
  { kind: 'itemPolicy', path: '/item-policies', one: 'ItemPolicy', many: 'ItemPolicies', noun: 'item policy', component: 'ItemPolicy', page: 'ItemPolicyPage', roles: CATALOG_CONFIGURATION_ROLES },
  { kind: 'materialType', path: '/material-types', one: 'MaterialType', many: 'MaterialTypes', noun: 'material type', component: 'MaterialType', page: 'MaterialTypePage', roles: CATALOG_CONFIGURATION_ROLES },
]

/**
 * The institution configuration (SPEC "Concepts" and "Permissions"): libraries and their
 * locations, vendors, funds, item policies, material types, and the institution's time zone.
 */
export const institutionRoutes: FastifyPluginAsyncTypebox<{ config: InstitutionConfigService }> = async (app, { config: service }) => {
  const tags = ['configuration']

  for (const resource of CODED) {
    const { kind, path, one, many, noun } = resource
    app.get(
      path,
      {
        config: { access: access.authenticated },
        schema: {
          operationId: `list${many}`,
          tags,
          summary: `List the ${noun === 'library' ? 'libraries' : noun === 'item policy' ? 'item policies' : `${noun}s`} of your institution`,
          description: READ_NOTE,
          querystring: ConfigListQuery,
          response: { 200: ref(resource.page), ...problemResponses(...AUTHENTICATED_ERRORS) },
        },
      },
      async (request) => service.listCoded(principalOf(request), kind, request.query),
    )

    app.post(
      path,
      {
        config: { access: writers(resource.roles), idempotent: true },
        schema: {
          operationId: `create${one}`,
          tags,
          summary: `Create a ${noun}`,
          description: 'The code is kept exactly as given; a code already taken answers 409.',
          body: NewCoded,
          response: { 201: { ...ref(resource.component), headers: ETagHeader }, ...problemResponses(...AUTHENTICATED_ERRORS, 409, 422) },
        },
      },
      async (request, reply) => {
        const created = await service.createCoded(principalOf(request), kind, request.body)
        return reply.code(201).header('location', `/v1${path}/${created.id}`).header('etag', etagOf(created.version)).send(created)
      },
    )

    app.get(
      `${path}/:id`,
      {
        config: { access: access.authenticated },
        schema: {
          operationId: `get${one}`,
          tags,
          summary: `One ${noun}`,
          description: READ_NOTE,
          params: IdParams,
          response: { 200: { ...ref(resource.component), headers: ETagHeader }, ...problemResponses(...AUTHENTICATED_ERRORS, 404) },
        },
      },
      async (request, reply) => {
        const found = await service.getCoded(principalOf(request), kind, request.params.id)
        return reply.header('etag', etagOf(found.version)).send(found)
      },
    )

    app.patch(
      `${path}/:id`,
      {
        config: { access: writers(resource.roles) },
        schema: {
          operationId: `update${one}`,
          tags,
          summary: `Change a ${noun}'s code, name or active flag`,
          description: UPDATE_NOTE,
          params: IdParams,
          headers: IfMatch,
          body: CodedChanges,
          response: { 200: { ...ref(resource.component), headers: ETagHeader }, ...problemResponses(...AUTHENTICATED_ERRORS, 404, 409, 412, 428) },
        },
      },
      async (request, reply) => {
        const updated = await service.updateCoded(principalOf(request), kind, request.params.id, request.headers['if-match'], request.body)
        return reply.header('etag', etagOf(updated.version)).send(updated)
      },
    )

    app.delete(
      `${path}/:id`,
      {
        config: { access: writers(resource.roles) },
        schema: {
          operationId: `delete${one}`,
          tags,
          summary: `Delete a ${noun}`,
          description: DELETE_NOTE,
          params: IdParams,
          response: { 204: Type.Null({ description: 'Deleted' }), ...problemResponses(...AUTHENTICATED_ERRORS, 404, 409) },
        },
      },
      async (request, reply) => {
        await service.deleteCoded(principalOf(request), kind, request.params.id)
        return reply.code(204).send(null)
      },
    )
  }

  // Locations of a library.
  const locationWriters = writers(CATALOG_CONFIGURATION_ROLES)
  app.get(
    '/libraries/:id/locations',
    {
      config: { access: access.authenticated },
      schema: {
        operationId: 'listLocations',
        tags,
        summary: 'List the locations of a library',
        description: READ_NOTE,
        params: IdParams,
        querystring: ConfigListQuery,
        response: { 200: ref('LocationPage'), ...problemResponses(...AUTHENTICATED_ERRORS, 404) },
      },
    },
    async (request) => service.listLocations(principalOf(request), request.params.id, request.query),
  )

  app.post(
    '/libraries/:id/locations',
    {
      config: { access: locationWriters, idempotent: true },
      schema: {
        operationId: 'createLocation',
        tags,
        summary: 'Create a location in a library',
        description: 'The code is kept exactly as given and is unique within the library; a code already taken answers 409.',
        params: IdParams,
        body: NewCoded,
        response: { 201: { ...ref('Location'), headers: ETagHeader }, ...problemResponses(...AUTHENTICATED_ERRORS, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const created = await service.createLocation(principalOf(request), request.params.id, request.body)
      return reply
        .code(201)
        .header('location', `/v1/libraries/${request.params.id}/locations/${created.id}`)
        .header('etag', etagOf(created.version))
        .send(created)
    },
  )

  app.get(
    '/libraries/:id/locations/:locationId',
    {
      config: { access: access.authenticated },
      schema: {
        operationId: 'getLocation',
        tags,
        summary: 'One location of a library',
        description: READ_NOTE,
        params: LocationParams,
        response: { 200: { ...ref('Location'), headers: ETagHeader }, ...problemResponses(...AUTHENTICATED_ERRORS, 404) },
      },
    },
    async (request, reply) => {
      const found = await service.getLocation(principalOf(request), request.params.id, request.params.locationId)
      return reply.header('etag', etagOf(found.version)).send(found)
    },
  )

  app.patch(
    '/libraries/:id/locations/:locationId',
    {
      config: { access: locationWriters },
      schema: {
        operationId: 'updateLocation',
        tags,
        summary: 'Change a location\'s code, name or active flag',
        description: UPDATE_NOTE,
        params: LocationParams,
        headers: IfMatch,
        body: CodedChanges,
        response: { 200: { ...ref('Location'), headers: ETagHeader }, ...problemResponses(...AUTHENTICATED_ERRORS, 404, 409, 412, 428) },
      },
    },
    async (request, reply) => {
      const { id, locationId } = request.params
      const updated = await service.updateLocation(principalOf(request), id, locationId, request.headers['if-match'], request.body)
      return reply.header('etag', etagOf(updated.version)).send(updated)
    },
  )

  app.delete(
    '/libraries/:id/locations/:locationId',
    {
      config: { access: locationWriters },
      schema: {
        operationId: 'deleteLocation',
        tags,
        summary: 'Delete a location',
        description: DELETE_NOTE,
        params: LocationParams,
        response: { 204: Type.Null({ description: 'Deleted' }), ...problemResponses(...AUTHENTICATED_ERRORS, 404, 409) },
      },
    },
    async (request, reply) => {
      await service.deleteLocation(principalOf(request), request.params.id, request.params.locationId)
      return reply.code(204).send(null)
    },
  )

  // Vendors with their accounts.
  const vendorWriters = writers(ACQUISITIONS_CONFIGURATION_ROLES)
  app.get(
    '/vendors',
    {
      config: { access: access.authenticated },
      schema: {
        operationId: 'listVendors',
        tags,
        summary: 'List the vendors of your institution, with their accounts',
        description: READ_NOTE,
        querystring: ConfigListQuery,
        response: { 200: ref('VendorPage'), ...problemResponses(...AUTHENTICATED_ERRORS) },
      },
    },
    async (request) => service.listVendors(principalOf(request), request.query),
  )

  app.post(
    '/vendors',
    {
      config: { access: vendorWriters, idempotent: true },
      schema: {
        operationId: 'createVendor',
        tags,
        summary: 'Create a vendor with its accounts and currency',
        description: 'The code is kept exactly as given; a code already taken answers 409. The currency is an ISO 4217 code.',
        body: NewVendor,
        response: { 201: { ...ref('Vendor'), headers: ETagHeader }, ...problemResponses(...AUTHENTICATED_ERRORS, 409, 422) },
      },
    },
    async (request, reply) => {
      const created = await service.createVendor(principalOf(request), request.body)
      return reply.code(201).header('location', `/v1/vendors/${created.id}`).header('etag', etagOf(created.version)).send(created)
    },
  )

  app.get(
    '/vendors/:id',
    {
      config: { access: access.authenticated },
      schema: {
        operationId: 'getVendor',
        tags,
        summary: 'One vendor, with its accounts',
        description: READ_NOTE,
        params: IdParams,
        response: { 200: { ...ref('Vendor'), headers: ETagHeader }, ...problemResponses(...AUTHENTICATED_ERRORS, 404) },
      },
    },
    async (request, reply) => {
      const found = await service.getVendor(principalOf(request), request.params.id)
      return reply.header('etag', etagOf(found.version)).send(found)
    },
  )

  app.patch(
    '/vendors/:id',
    {
      config: { access: vendorWriters },
      schema: {
        operationId: 'updateVendor',
        tags,
        summary: 'Change a vendor; `accounts` replaces its list of accounts',
        description: `${UPDATE_NOTE} An account still referred to cannot be left out of \`accounts\` (409).`,
        params: IdParams,
        headers: IfMatch,
        body: VendorChanges,
        response: { 200: { ...ref('Vendor'), headers: ETagHeader }, ...problemResponses(...AUTHENTICATED_ERRORS, 404, 409, 412, 428) },
      },
    },
    async (request, reply) => {
      const updated = await service.updateVendor(principalOf(request), request.params.id, request.headers['if-match'], request.body)
      return reply.header('etag', etagOf(updated.version)).send(updated)
    },
  )

  app.delete(
    '/vendors/:id',
    {
      config: { access: vendorWriters },
      schema: {
        operationId: 'deleteVendor',
        tags,
        summary: 'Delete a vendor and its accounts',
        description: DELETE_NOTE,
        params: IdParams,
        response: { 204: Type.Null({ description: 'Deleted' }), ...problemResponses(...AUTHENTICATED_ERRORS, 404, 409) },
      },
    },
    async (request, reply) => {
      await service.deleteVendor(principalOf(request), request.params.id)
      return reply.code(204).send(null)
    },
  )

  // The institution itself.
  app.get(
    '/institution',
    {
      config: { access: access.authenticated },
      schema: {
        operationId: 'getInstitution',
        tags,
        summary: 'Your institution and its time zone',
        description: READ_NOTE,
        response: { 200: { ...ref('Institution'), headers: ETagHeader }, ...problemResponses(...AUTHENTICATED_ERRORS) },
      },
    },
    async (request, reply) => {
      const found = await service.getInstitution(principalOf(request))
      return reply.header('etag', etagOf(found.version)).send(found)
    },
  )

  app.patch(
    '/institution',
    {
      config: { access: writers(SYSTEM_ADMIN_ROLES) },
      schema: {
        operationId: 'updateInstitution',
        tags,
        summary: 'Change your institution\'s time zone',
        description: `The time zone must be a real IANA time zone name (e.g. Europe/Stockholm; a UTC offset is refused). ${UPDATE_NOTE}`,
        headers: IfMatch,
        body: InstitutionChanges,
        response: { 200: { ...ref('Institution'), headers: ETagHeader }, ...problemResponses(...AUTHENTICATED_ERRORS, 412, 428) },
      },
    },
    async (request, reply) => {
      const updated = await service.updateInstitution(principalOf(request), request.headers['if-match'], request.body)
      return reply.header('etag', etagOf(updated.version)).send(updated)
    },
  )
}
