import { randomUUID } from 'node:crypto'
import multipart from '@fastify/multipart'
import rateLimit from '@fastify/rate-limit'
import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import Fastify, { type FastifyBaseLogger, type FastifyServerOptions } from 'fastify'
import type { Config } from './config.ts'
import type { Db } from './db/database.ts'
import { type AccessRule, describeAccess } from './http/access.ts'
import { documentRoute } from './http/openapi.ts'
import { Components } from './http/components.ts'
import { healthRoutes } from './http/health/routes.ts'
import { jobRoutes } from './http/jobs/routes.ts'
import { recordRoutes } from './http/records/routes.ts'
import { reportDrilldownRoutes } from './http/reports/drilldown-routes.ts'
import { reportRoutes } from './http/reports/routes.ts'
import { issueRoutes } from './http/issues/routes.ts'
import { institutionRoutes } from './http/institution/routes.ts'
import { inventoryReadRoutes } from './http/inventory/read-routes.ts'
import { resourceSharingRoutes } from './http/resource-sharing/routes.ts'
import { setRoutes } from './http/sets/routes.ts'
import { authPlugin, type RequestLimit } from './http/plugins/auth.ts'
import { clientErrorHandler, frameworkErrors } from './http/plugins/client-errors.ts'
import { errorsPlugin } from './http/plugins/errors.ts'
import { idempotencyPlugin } from './http/plugins/idempotency.ts'
import { textGuardPlugin } from './http/plugins/text-guard.ts'
import { buildSerializer, compileValidator } from './http/compilers.ts'
import { AppError } from './errors.ts'
import { profileRoutes } from './http/profiles/routes.ts'
import { inventoryRoutes } from './http/inventory/routes.ts'
import { profileRunRoutes } from './http/profiles/run-routes.ts'
import { userRoutes } from './http/users/routes.ts'
import type { RemoteOptions } from './pipeline/remote-server.ts'
import type { Runner } from './runner/runner.ts'
import { JobsService } from './services/jobs.service.ts'
import { ProfileRunsService } from './services/profile-runs.ts'
import { ProfilesService } from './services/profiles.service.ts'
import { RecordsService } from './services/records.service.ts'
import { ResourceSharingService } from './services/resource-sharing.service.ts'
import { IssuesService } from './services/issues.service.ts'
import { InstitutionConfigService } from './services/institution-config.service.ts'
import { InventoryReadService } from './services/inventory-read.service.ts'
import { SetsService } from './services/sets.service.ts'
import { SingleRecordService } from './services/single-record.service.ts'
import { optionalBodies } from './http/empty-body.ts'
import { UsersService } from './services/users.service.ts'

export interface AppDeps {
  config: Config
  db: Db
  /** Key for secrets stored encrypted (FTP passwords). */
  secretKey: Buffer
  logger?: FastifyServerOptions['logger'] | FastifyBaseLogger
  /** Queues import work; the same app may or may not also work the queues. */
  runner: Runner
  /** How requests reach FTP profiles' servers (timeout, trusted CAs, allowed hosts); default: from the config, without extra CAs. */
  ftpServer?: RemoteOptions
}

function createFastify(options: FastifyServerOptions) {
  return Fastify(options).withTypeProvider<TypeBoxTypeProvider>()
}
export type App = ReturnType<typeof createFastify>

/** Every route with its declared access rule, for the permission-matrix test and audits. */
export interface RouteEntry {
  method: string
  url: string
  access: AccessRule | undefined
}

declare module 'fastify' {
  interface FastifyInstance {
    routeTable: RouteEntry[]
  }
}

const REQUEST_ID = /^[\w.:-]{1,128}$/

/** Every service, built once for the app and handed to the route plugins that use it. */
function buildServices(deps: AppDeps) {
  const profiles = new ProfilesService(deps.db, deps.secretKey)
  const jobs = new JobsService(deps.db, deps.runner.steps, profiles, deps.config.uploadLimitBytes)
  const records = new RecordsService(deps.db)
  return {
    users: new UsersService(deps.db),
    profiles,
    jobs,
    singleRecord: new SingleRecordService(jobs),
    records,
    inventory: new InventoryReadService(deps.db, records),
    sets: new SetsService(deps.db, jobs),
    issues: new IssuesService(jobs),
    institutionConfig: new InstitutionConfigService(deps.db),
    runs: new ProfileRunsService(
      jobs,
      deps.secretKey,
      deps.ftpServer ?? { timeoutMs: deps.config.ftpTimeoutMs, ...(deps.config.ftpAllowedHosts === undefined ? {} : { allowedHosts: deps.config.ftpAllowedHosts }) },
    ),
    resourceSharing: new ResourceSharingService(deps.db, deps.secretKey, deps.runner.steps),
  }
}

export async function buildApp(deps: AppDeps): Promise<App> {
  const loggerOption =
    deps.logger !== undefined && 'child' in (deps.logger as object)
      ? { loggerInstance: deps.logger as FastifyBaseLogger }
      : { logger: deps.logger ?? false }
  const app = createFastify({
    ...loggerOption,
    genReqId: (request) => {
      const incoming = request.headers['x-request-id']
      return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID()
    },
    bodyLimit: 1024 * 1024,
    routerOptions: { ignoreTrailingSlash: true },
    frameworkErrors,
    clientErrorHandler,
    schemaController: { compilersFactory: { buildSerializer } },
  })

  app.setValidatorCompiler(compileValidator)
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id)
  })

  const routes = new Map<string, Set<string>>()
  const routeTable: RouteEntry[] = []
  app.decorate('routeTable', routeTable)
  app.addHook('onRoute', (route) => {
    const methods = routes.get(route.url) ?? new Set<string>()
    for (const method of [route.method].flat()) {
      methods.add(method)
      if (method !== 'HEAD') routeTable.push({ method, url: route.url, access: route.config?.access })
    }
    routes.set(route.url, methods)
  })

  await app.register(errorsPlugin, { routes })
  let limit: RequestLimit | undefined
  if (deps.config.rateLimitPerMinute > 0) {
    const windowText = deps.config.rateLimitWindowSeconds === 60 ? 'a minute' : `${deps.config.rateLimitWindowSeconds} s`
    // Applied by the auth hook once it knows who is calling: keyed on the authenticated API key,
    // so no spelling of the Authorization header buys a fresh allowance, and on the client's
    // address for requests without a valid key (public routes, failed authentication).
    await app.register(rateLimit, {
      global: false,
      max: deps.config.rateLimitPerMinute,
      timeWindow: deps.config.rateLimitWindowSeconds * 1000,
      errorResponseBuilder: (_request, context) =>
        new AppError('RATE_LIMITED', `More than ${context.max} requests in ${windowText}; retry in ${Math.ceil(context.ttl / 1000)} s`, {
          headers: { 'retry-after': String(Math.ceil(context.ttl / 1000)) },
        }),
    })
    const limiter = app.rateLimit({
      keyGenerator: (request) => (request.principal === null ? `address:${request.ip}` : `key:${request.principal.apiKeyId}`),
    })
    limit = (request, reply) => limiter.call(app, request, reply)
  }
  // Streaming only: parts are consumed as they arrive. fileSize is one byte over the limit so our
  // own storage check reports the 413 (multipart would otherwise truncate the file silently).
  await app.register(multipart, { limits: { fileSize: deps.config.uploadLimitBytes + 1, files: 100, fields: 10 } })
  await app.register(authPlugin, { db: deps.db, ...(limit === undefined ? {} : { limit }) })
  await app.register(textGuardPlugin)
  await app.register(idempotencyPlugin, { db: deps.db })

  for (const schema of Object.values(Components)) app.addSchema(schema)
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Catalog Import Service',
        version: '1.0.0',
        description:
          'Upload MARC record files, run them through import profiles, watch the jobs, read their reports and events, and resolve the records that need a human.',
        license: { name: 'Proprietary', identifier: 'LicenseRef-Proprietary' },
      },
      servers: [{ url: '/' }],
      components: {
        securitySchemes: {
          apiKey: { type: 'http', scheme: 'bearer', description: 'An API key: `Authorization: Bearer <key>`' },
        },
      },
      tags: [
        { name: 'profiles', description: 'Import profiles and their grants' },
        { name: 'jobs', description: 'Import jobs: upload, monitor, cancel, files and events' },
        { name: 'records', description: 'Repository records: read, export, lock' },
        { name: 'sets', description: 'Itemized sets of repository records, made from job report rows' },
        { name: 'issues', description: 'Import issues: the records a person must decide on, and their resolution' },
        { name: 'users', description: 'Users, roles and API keys' },
        { name: 'inventory', description: 'Inventory and orders: PO lines, holdings, items and portfolios of repository records' },
        { name: 'configuration', description: 'Institution configuration: libraries and locations, vendors, funds, item policies, material types, time zone' },
        { name: 'resource-sharing', description: 'Integration profiles, library code mappings, partners, borrowing requests harvested from Libris' },
        { name: 'operations', description: 'Health and readiness' },
      ],
    },
    refResolver: {
      buildLocalReference: (json, _baseUri, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`),
    },
    transformObject: (documents) => ('openapiObject' in documents ? optionalBodies(documents.openapiObject) : documents.swaggerObject),
    transform: ({ schema, url, route }) => {
      const rule = route.config?.access
      if (rule === undefined || schema === undefined) return { schema, url }
      const documented = documentRoute(schema, url, route.config?.documentedBody)
      const described = { ...documented, description: [schema.description, `Access: ${describeAccess(rule)}`].filter(Boolean).join('\n\n') }
      return { schema: { ...described, security: rule.kind === 'public' ? [] : [{ apiKey: [] }] }, url }
    },
  })
  await app.register(swaggerUi, { routePrefix: '/docs' })
  app.get('/openapi.json', { schema: { hide: true }, config: { access: { kind: 'public' } } }, async () => app.swagger())

  const services = buildServices(deps)
  await app.register(healthRoutes, { db: deps.db })
  await app.register(userRoutes, { prefix: '/v1', users: services.users })
  await app.register(profileRoutes, { prefix: '/v1', profiles: services.profiles })
  await app.register(inventoryRoutes, { prefix: '/v1' })
  await app.register(profileRunRoutes, { prefix: '/v1', runs: services.runs })
  await app.register(jobRoutes, { prefix: '/v1', jobs: services.jobs, singleRecord: services.singleRecord })
  await app.register(reportRoutes, { prefix: '/v1', jobs: services.jobs })
  await app.register(reportDrilldownRoutes, { prefix: '/v1', jobs: services.jobs })
  await app.register(recordRoutes, { prefix: '/v1', jobs: services.jobs, records: services.records })
  await app.register(setRoutes, { prefix: '/v1', sets: services.sets })
  await app.register(issueRoutes, { prefix: '/v1', issues: services.issues })
  await app.register(institutionRoutes, { prefix: '/v1', config: services.institutionConfig })
  await app.register(inventoryReadRoutes, { prefix: '/v1', inventory: services.inventory, jobs: services.jobs })
  await app.register(resourceSharingRoutes, { prefix: '/v1', resourceSharing: services.resourceSharing })
  return app
}
