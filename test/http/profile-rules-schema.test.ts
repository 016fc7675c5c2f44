import { Ajv } from 'ajv'
import addFormats from 'ajv-formats'
import t from 'tap'
import { createTestApp } from '../helpers/app.ts'

// Issue 13 item 7: createProfile's cross-field rules are in its schema, so a body the document
// accepts is one the service accepts, and one it refuses answers 400. Each row's `valid` is what
// SPEC/profile rules say of it, not what either side computes.
const FTP = { host: 'ftp.example.org', username: 'loader' }
const ROWS: Array<{ what: string; body: object; valid: boolean }> = [
  { what: 'the README example', body: { type: 'REPOSITORY', match: { method: 'OCLC', singleMatchAction: 'MERGE' } }, valid: true },
  { what: 'an FTP profile with a password', body: { type: 'REPOSITORY', protocol: 'FTP', ftp: { ...FTP, password: 'pw' } }, valid: true },
  { what: 'an FTP profile without ftp', body: { type: 'REPOSITORY', protocol: 'FTP' }, valid: false },
  { what: 'an FTP profile with ftp null', body: { type: 'REPOSITORY', protocol: 'FTP', ftp: null }, valid: false },
  { what: 'an FTP profile without a password', body: { type: 'REPOSITORY', protocol: 'FTP', ftp: FTP }, valid: false },
  { what: 'a scheduled FTP profile', body: { type: 'REPOSITORY', protocol: 'FTP', ftp: { ...FTP, password: 'pw' }, schedule: { kind: 'DAILY', time: '06:00' } }, valid: true },
  { what: 'ftp settings on an upload profile', body: { type: 'REPOSITORY', ftp: { ...FTP, password: 'pw' } }, valid: false },
  { what: 'ftp null on an upload profile', body: { type: 'REPOSITORY', protocol: 'UPLOAD', ftp: null }, valid: true },
  { what: 'an SFTP profile with only a private key', body: { type: 'REPOSITORY', protocol: 'FTP', ftp: { ...FTP, transport: 'SFTP', privateKey: 'key' } }, valid: true },
  { what: 'an FTP profile with only a private key', body: { type: 'REPOSITORY', protocol: 'FTP', ftp: { ...FTP, privateKey: 'key' } }, valid: false },
  { what: 'an SFTP profile with neither password nor key', body: { type: 'REPOSITORY', protocol: 'FTP', ftp: { ...FTP, transport: 'SFTP' } }, valid: false },
  { what: 'an SFTP profile asking for FTPS', body: { type: 'REPOSITORY', protocol: 'FTP', ftp: { ...FTP, transport: 'SFTP', password: 'pw', secure: true } }, valid: false },
  { what: 'moving loaded files without a folder', body: { type: 'REPOSITORY', protocol: 'FTP', ftp: { ...FTP, password: 'pw', afterImport: 'MOVE' } }, valid: false },
  { what: 'moving loaded files to a folder', body: { type: 'REPOSITORY', protocol: 'FTP', ftp: { ...FTP, password: 'pw', afterImport: 'MOVE', moveTo: 'done' } }, valid: true },
  { what: 'a folder without moving', body: { type: 'REPOSITORY', protocol: 'FTP', ftp: { ...FTP, password: 'pw', afterImport: 'DELETE', moveTo: 'done' } }, valid: false },
  { what: 'a scheduled upload profile', body: { type: 'REPOSITORY', schedule: { kind: 'WEEKLY', weekday: 'MONDAY', time: '06:00' } }, valid: false },
  { what: 'cancelled numbers with SYSTEM_ID', body: { type: 'REPOSITORY', match: { method: 'SYSTEM_ID', matchCancelledNumbers: true } }, valid: false },
  { what: 'cancelled numbers with NONE', body: { type: 'REPOSITORY', match: { method: 'NONE', matchCancelledNumbers: true } }, valid: false },
  { what: 'cancelled numbers with the default method', body: { type: 'REPOSITORY', match: { matchCancelledNumbers: true } }, valid: true },
  { what: 'cancelled numbers with ISBN', body: { type: 'REPOSITORY', match: { method: 'ISBN', matchCancelledNumbers: true } }, valid: true },
  { what: 'deletes without a match method', body: { type: 'REPOSITORY', match: { method: 'NONE', allowDeletes: true } }, valid: false },
  { what: 'deletes with the default method', body: { type: 'REPOSITORY', match: { allowDeletes: true } }, valid: true },
  { what: 'an AUTHORITY profile with the default method (OCLC)', body: { type: 'AUTHORITY' }, valid: false },
  { what: 'an AUTHORITY profile matching by ISSN', body: { type: 'AUTHORITY', match: { method: 'ISSN' } }, valid: false },
  { what: 'an AUTHORITY profile matching by SYSTEM_ID', body: { type: 'AUTHORITY', match: { method: 'SYSTEM_ID' } }, valid: true },
  { what: 'a NEW_ORDER profile without inventory', body: { type: 'NEW_ORDER', inventory: { type: 'NONE' } }, valid: false },
  { what: 'a NEW_ORDER profile with the default inventory', body: { type: 'NEW_ORDER' }, valid: true },
  { what: 'a library without an inventory type', body: { type: 'REPOSITORY', inventory: { type: 'NONE', library: 'MAIN' } }, valid: false },
  { what: 'a physical inventory with its location', body: { type: 'REPOSITORY', inventory: { type: 'PHYSICAL', library: 'MAIN', location: 'STACKS' } }, valid: true },
  { what: 'preserving the default union tag 035', body: { type: 'REPOSITORY', merge: { preservedTags: ['035'] } }, valid: false },
  { what: 'unioning the default preserved tag 9XX', body: { type: 'REPOSITORY', merge: { unionTags: ['9XX'] } }, valid: false },
  { what: 'preserved and union lists apart', body: { type: 'REPOSITORY', merge: { preservedTags: ['035'], unionTags: ['9XX'] } }, valid: true },
]

type Json = Record<string, unknown>

/** The document's schema with its component references written out, for a plain validator. */
function inline(schema: unknown, components: Record<string, unknown>): unknown {
  if (Array.isArray(schema)) return schema.map((item) => inline(item, components))
  if (schema === null || typeof schema !== 'object') return schema
  const ref = (schema as Json).$ref
  if (typeof ref === 'string') return inline(components[ref.replace('#/components/schemas/', '')], components)
  return Object.fromEntries(Object.entries(schema).map(([key, value]) => [key, inline(value, components)]))
}

t.test('createProfile: the document\'s schema and the service agree on cross-field rules', async (t) => {
  const env = await createTestApp(t, {}, { work: false })
  const document = (await env.app.inject({ method: 'GET', url: '/openapi.json' })).json()
  const components = document.components?.schemas ?? {}
  const schema = inline(document.paths['/v1/profiles'].post.requestBody.content['application/json'].schema, components) as Json
  const ajv = new Ajv({ strict: false, allErrors: true })
  addFormats.default(ajv)
  const validate = ajv.compile(schema)
  for (const [index, row] of ROWS.entries()) {
    const body = { name: `rules-${index}`, ...row.body }
    t.equal(validate(structuredClone(body)), row.valid, `the document ${row.valid ? 'accepts' : 'refuses'} ${row.what}`)
    const res = await env.app.inject({ method: 'POST', url: '/v1/profiles', headers: env.admin.headers, payload: body })
    t.equal(res.statusCode, row.valid ? 201 : 400, `the service ${row.valid ? 'accepts' : 'refuses'} ${row.what}: ${res.body.slice(0, 200)}`)
  }
})
