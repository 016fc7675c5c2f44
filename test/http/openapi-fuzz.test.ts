import { readFileSync } from 'node:fs'
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import fc from 'fast-check'
import t from 'tap'
import { createTestApp, type TestApp } from '../helpers/app.ts'
import { iso2709, sharedRecords } from '../helpers/imports.ts'
import { makeProfile, settled, startJob } from '../helpers/job-fixtures.ts'
import { multipart } from '../helpers/multipart.ts'
import { repoRoot } from '../helpers/process.ts'
import { type Broken, invalid, type Schema, valid } from '../helpers/schema-arbitrary.ts'
import { readSharedMarc } from '../helpers/shared.ts'

// Issue 13: the committed OpenAPI document is what generated clients believe. For every operation
// in it, send requests that its schemas accept and requests they refuse, and hold the service to
// the document: no 5xx, only documented statuses, bodies that match the documented schema, and
// every error as problem+json. FUZZ_SEED varies the run; FUZZ_RUNS the requests per operation and kind.

interface Parameter {
  name: string
  in: 'path' | 'query' | 'header'
  required?: boolean
  schema: Schema
}
interface MediaType {
  schema?: Schema
}
interface Operation {
  operationId: string
  parameters?: Parameter[]
  requestBody?: { required?: boolean; content: Record<string, MediaType> }
  responses: Record<string, { content?: Record<string, MediaType> }>
}
interface Document {
  paths: Record<string, Record<string, Operation>>
  components: { schemas: Record<string, Schema> }
}

const document = JSON.parse(readFileSync(`${repoRoot}openapi/openapi.json`, 'utf8')) as Document
const resolve = (ref: string): Schema => {
  const name = ref.replace('#/components/schemas/', '')
  const schema = document.components.schemas[name]
  if (schema === undefined) throw new Error(`unresolved ${ref}`)
  return schema
}

const SEED = Number(process.env.FUZZ_SEED ?? 20261202)
const RUNS = Number(process.env.FUZZ_RUNS ?? 25)

const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true })
addFormats.default(ajv)
ajv.addFormat('binary', true)
ajv.addSchema({ $id: 'openapi', components: document.components })
const validators = new Map<Schema, ValidateFunction>()
function validatorFor(schema: Schema): ValidateFunction {
  let validate = validators.get(schema)
  if (validate === undefined) {
    // Component references point into the document, registered above under the id `openapi`.
    const rewritten = JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"openapi#/components/')) as object
    validate = ajv.compile(rewritten)
    validators.set(schema, validate)
  }
  return validate
}

/** The ids of real things, so that requests reach past "not found". */
interface Known {
  [path: string]: Record<string, string>
}

async function fixtures(env: TestApp): Promise<{ known: Known; deletable: string }> {
  const profileId = await makeProfile(env)
  const deletable = await makeProfile(env)
  const jobId = await startJob(env, profileId, [
    { name: 'test.dat', content: readSharedMarc('pymarc/test.dat') },
    { name: 'bad.mrc', content: readSharedMarc('pymarc/bad_records.mrc') },
  ])
  await settled(env, jobId)
  const files = (await env.app.inject({ url: `/v1/jobs/${jobId}/files`, headers: env.admin.headers })).json() as { items: Array<{ id: string }> }
  const records = (await env.app.inject({ url: `/v1/records?jobId=${jobId}`, headers: env.admin.headers })).json() as { items: Array<{ mmsId: string }> }
  const set = await env.app.inject({ method: 'POST', url: '/v1/sets', headers: env.admin.headers, payload: { jobId, counter: 'recordsAdded', name: 'fuzz' } })
  const other = await env.userWith(['CATALOG_MANAGER'])
  const keys = (await env.app.inject({ url: `/v1/users/${other.id}/api-keys`, headers: env.admin.headers })).json() as { items: Array<{ id: string }> }
  const ids = {
    profileId,
    jobId,
    fileId: files.items[0]?.id ?? '',
    mmsId: records.items[0]?.mmsId ?? '',
    setId: set.statusCode === 201 ? (set.json() as { id: string }).id : '',
    userId: other.id,
    keyId: keys.items[0]?.id ?? '',
  }
  const known: Known = {
    '/v1/users/': { id: ids.userId, keyId: ids.keyId },
    '/v1/profiles/': { id: ids.profileId, userId: ids.userId },
    '/v1/jobs/': { id: ids.jobId, fileId: ids.fileId },
    '/v1/records/': { mmsId: ids.mmsId },
    '/v1/sets/': { id: ids.setId },
  }
  return { known, deletable }
}

function realId(known: Known, path: string, name: string): string | undefined {
  for (const [prefix, names] of Object.entries(known)) if (path.startsWith(prefix) && names[name]) return names[name]
  return undefined
}

interface Request {
  method: string
  url: string
  headers: Record<string, string>
  payload?: string | Buffer
  broken?: string
}

const MARC_TYPES: Record<string, () => Buffer> = {
  'application/marc': () => readSharedMarc('pymarc/test.dat').subarray(0, 1000),
  'application/marcxml+xml': () => Buffer.from('<record xmlns="http://www.loc.gov/MARC21/slim"><leader>00000nam a2200000 a 4500</leader></record>'),
  'application/marc+json': () => Buffer.from('{"leader":"00000nam a2200000 a 4500","fields":[]}'),
}

function body(operation: Operation, record: Buffer): fc.Arbitrary<{ headers: Record<string, string>; payload?: string | Buffer }> {
  const content = operation.requestBody?.content ?? {}
  const options: Array<fc.Arbitrary<{ headers: Record<string, string>; payload?: string | Buffer }>> = []
  for (const [type, media] of Object.entries(content)) {
    if (type === 'application/json' && media.schema !== undefined) {
      options.push(valid(media.schema, resolve).map((value) => ({ headers: { 'content-type': 'application/json' }, payload: JSON.stringify(value) })))
    } else if (type === 'multipart/form-data') {
      const fields = Object.entries(media.schema?.properties ?? {}).filter(([, schema]) => schema.format !== 'binary' && schema.type === 'string')
      options.push(
        fc
          .tuple(
            fc.array(fc.oneof(fc.constant(record), fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes))), { minLength: 0, maxLength: 3 }),
            fc.record(Object.fromEntries(fields.map(([name, schema]) => [name, valid(schema, resolve) as fc.Arbitrary<string>])), { requiredKeys: [] }),
          )
          .map(([files, values]) => {
            const form = multipart(
              files.map((content, index) => ({ name: `f${index}.mrc`, content })),
              Object.fromEntries(Object.entries(values).filter((entry): entry is [string, string] => entry[1] !== undefined)),
            )
            return { headers: form.headers, payload: form.payload }
          }),
      )
    } else if (MARC_TYPES[type] !== undefined) {
      const sample = (MARC_TYPES[type] as () => Buffer)()
      options.push(fc.oneof(fc.constant(sample), fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes))).map((payload) => ({ headers: { 'content-type': type }, payload })))
    }
  }
  if (options.length === 0) return fc.constant({ headers: {} })
  return fc.oneof(...options)
}

function request(path: string, method: string, operation: Operation, known: Known, deletable: string, record: Buffer, headers: Record<string, string>): fc.Arbitrary<Request> {
  const parameters = operation.parameters ?? []
  const pathValues = fc.record(
    Object.fromEntries(
      parameters
        .filter((parameter) => parameter.in === 'path')
        .map((parameter) => {
          const real = method === 'delete' && path === '/v1/profiles/{id}' ? deletable : realId(known, path, parameter.name)
          const generated = valid(parameter.schema, resolve).map(String)
          return [parameter.name, real === undefined || real === '' ? generated : fc.oneof({ weight: 3, arbitrary: fc.constant(real) }, { weight: 1, arbitrary: generated })]
        }),
    ),
  )
  const queryValues = fc.record(
    Object.fromEntries(parameters.filter((parameter) => parameter.in === 'query').map((parameter) => [parameter.name, valid(parameter.schema, resolve)])),
    { requiredKeys: parameters.filter((parameter) => parameter.in === 'query' && parameter.required === true).map((parameter) => parameter.name) },
  )
  return fc.tuple(pathValues, queryValues, body(operation, record)).map(([pathParams, query, payload]) => {
    let url = path
    for (const [name, value] of Object.entries(pathParams)) url = url.replace(`{${name}}`, encodeURIComponent(String(value)))
    const search = new URLSearchParams()
    for (const [name, value] of Object.entries(query)) {
      for (const item of Array.isArray(value) ? value : [value]) search.append(name, String(item))
    }
    const qs = search.toString()
    return { method: method.toUpperCase(), url: qs === '' ? url : `${url}?${qs}`, headers: { ...headers, ...payload.headers }, ...(payload.payload === undefined ? {} : { payload: payload.payload }) }
  })
}

/** The same request with one thing the schemas refuse. */
function brokenRequest(base: fc.Arbitrary<Request>, operation: Operation): fc.Arbitrary<Request> | null {
  const ways: Array<fc.Arbitrary<Request>> = []
  const json = operation.requestBody?.content['application/json']?.schema
  const broken = json === undefined ? null : invalid(json, resolve)
  if (broken !== null) {
    ways.push(fc.tuple(base, broken).map(([request, wrong]: [Request, Broken]) => ({ ...request, headers: { ...request.headers, 'content-type': 'application/json' }, payload: JSON.stringify(wrong.body), broken: `body: ${wrong.how}` })))
  }
  for (const parameter of operation.parameters ?? []) {
    const schema = parameter.schema.$ref ? resolve(parameter.schema.$ref) : parameter.schema
    const constrained = schema.type === 'integer' || schema.type === 'boolean' || schema.enum !== undefined || schema.format !== undefined || schema.pattern !== undefined
    if (!constrained || parameter.in === 'header') continue
    const garbage = fc.constantFrom('not-valid', '%00', '-1.5e99', '0x10', ' 5', '\u0000')
    if (parameter.in === 'query') {
      ways.push(fc.tuple(base, garbage).map(([request, value]) => ({ ...request, url: `${request.url}${request.url.includes('?') ? '&' : '?'}${parameter.name}=${encodeURIComponent(value)}`, broken: `query ${parameter.name}=${JSON.stringify(value)}` })))
    }
  }
  return ways.length === 0 ? null : fc.oneof(...ways)
}

function mediaType(header: string | string[] | number | undefined): string {
  return String(header ?? '').split(';')[0]?.trim() ?? ''
}

t.test('every operation of the OpenAPI document keeps its word under generated requests', async (t) => {
  const env = await createTestApp(t)
  const { known, deletable } = await fixtures(env)
  const record = iso2709((await sharedRecords('pymarc/test.dat')).slice(0, 1))
  const problem = validatorFor({ $ref: '#/components/schemas/Problem' })
  let sent = 0
  const failures: string[] = []
  const statuses = new Map<string, number>()

  async function check(operation: Operation, request: Request): Promise<void> {
    const response = await env.app.inject({ method: request.method as 'GET', url: request.url, headers: request.headers, ...(request.payload === undefined ? {} : { payload: request.payload }) })
    sent++
    const family = `${String(response.statusCode)[0]}xx`
    statuses.set(family, (statuses.get(family) ?? 0) + 1)
    const sentBody = typeof request.payload === 'string' ? ` ${request.payload.slice(0, 200)}` : ''
    const where = `${operation.operationId} ${request.method} ${request.url}${sentBody}${request.broken ? ` (${request.broken})` : ''} → ${response.statusCode}`
    const status = String(response.statusCode)
    const documented = operation.responses[status] ?? operation.responses.default
    if (response.statusCode >= 500) failures.push(`${where}: server error ${response.body.slice(0, 300)}`)
    if (documented === undefined) {
      failures.push(`${where}: status not documented (${Object.keys(operation.responses).join(', ')}) ${response.body.slice(0, 200)}`)
      return
    }
    if (request.broken !== undefined && response.statusCode < 400) failures.push(`${where}: a request its schema refuses was accepted`)
    const type = mediaType(response.headers['content-type'])
    if (response.statusCode >= 400) {
      if (type !== 'application/problem+json') failures.push(`${where}: error as ${type}, not problem+json`)
      else if (!problem(response.json())) failures.push(`${where}: problem body ${ajv.errorsText(problem.errors)}`)
    }
    if (response.statusCode === 204 || documented.content === undefined) return
    const media = documented.content[type]
    if (media === undefined) {
      failures.push(`${where}: content type ${type} not documented (${Object.keys(documented.content).join(', ')})`)
      return
    }
    if (media.schema !== undefined && (type === 'application/json' || type === 'application/problem+json')) {
      const validate = validatorFor(media.schema)
      if (!validate(response.json())) failures.push(`${where}: body does not match its schema: ${ajv.errorsText(validate.errors)}`)
    }
  }

  for (const [path, operations] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      // Mostly the administrator (to get past the permission check), now and then no key or a forged one.
      const base = fc
        .constantFrom<Record<string, string>>(env.admin.headers, env.admin.headers, env.admin.headers, env.admin.headers, {}, { authorization: 'Bearer cis_forged_0000000000000000' })
        .chain((headers) => request(path, method, operation, known, deletable, record, headers))
      await fc.assert(
        fc.asyncProperty(base, async (req) => {
          await check(operation, req)
        }),
        { numRuns: RUNS, seed: SEED },
      )
      const broken = brokenRequest(base, operation)
      if (broken !== null) {
        await fc.assert(
          fc.asyncProperty(broken, async (req) => {
            await check(operation, req)
          }),
          { numRuns: RUNS, seed: SEED },
        )
      }
    }
  }
  t.comment(`answers: ${[...statuses].sort().map(([family, count]) => `${count} ${family}`).join(', ')}`)
  t.comment(`${sent} requests over ${Object.values(document.paths).reduce((n, ops) => n + Object.keys(ops).length, 0)} operations (seed ${SEED})`)
  const unique = [...new Set(failures)]
  t.strictSame(unique.slice(0, 40), [], `${unique.length} broken promises`)
})
