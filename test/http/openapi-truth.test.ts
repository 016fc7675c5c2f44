import { connect } from 'node:net'
import t from 'tap'
import { createTestApp } from '../helpers/app.ts'
import { assertProblem } from '../helpers/problem.ts'

interface Operation {
  parameters?: Array<{ name: string; in: string; required?: boolean; schema?: { default?: unknown } }>
  requestBody?: { content: Record<string, { schema: { properties?: Record<string, { type?: string; items?: { format?: string } }> } }> }
  responses: Record<string, { content?: Record<string, { schema: { $ref?: string } }> }>
}
type Document = { paths: Record<string, Record<string, Operation>> }

// Issue 13 item 7: the document describes every request body, parameter and status truthfully.
t.test('the OpenAPI document describes uploads, optional parameters and the early errors', async (t) => {
  const env = await createTestApp(t, {}, { work: false })
  const document = (await env.app.inject({ method: 'GET', url: '/openapi.json' })).json<Document>()

  for (const [path, operationId] of [['/v1/profiles/{id}/jobs', 'startImport'], ['/v1/profiles/{id}/jobs/preview', 'previewImportSplit']] as const) {
    const form = document.paths[path]?.post?.requestBody?.content['multipart/form-data']?.schema
    t.ok(form, `${operationId} has a multipart/form-data request body`)
    t.equal(form?.properties?.file?.type, 'array', `${operationId}: one or more files`)
    t.equal(form?.properties?.file?.items?.format, 'binary', `${operationId}: each a binary part`)
  }

  const limit = document.paths['/v1/jobs']?.get?.parameters?.find((p) => p.name === 'limit')
  t.equal(limit?.required, false, 'listJobs: limit has a default, so it is not required')
  for (const [path, operations] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      const where = `${method.toUpperCase()} ${path}`
      for (const parameter of operation.parameters ?? []) {
        if (parameter.schema?.default !== undefined) t.notOk(parameter.required, `${where}: ${parameter.name} has a default and is optional`)
      }
      const json = operation.requestBody?.content['application/json'] !== undefined
      const statuses = [...(json ? ['413', '415'] : []), ...(path.includes('{') ? ['414'] : []), '431']
      for (const status of statuses) {
        t.equal(operation.responses[status]?.content?.['application/problem+json']?.schema.$ref, '#/components/schemas/Problem', `${where} documents ${status}`)
      }
    }
  }
})

t.test('a path parameter over 100 characters answers 414 as problem+json', async (t) => {
  const env = await createTestApp(t, {}, { work: false })
  const res = await env.app.inject({ method: 'GET', url: `/v1/jobs/${'a'.repeat(101)}`, headers: env.admin.headers })
  assertProblem(t, res, 414, '/problems/uri-too-long')
  t.ok(res.headers['x-request-id'], 'with a request id')
})

t.test('headers over Node\'s 16 KiB answer 431 as problem+json', async (t) => {
  const env = await createTestApp(t, {}, { work: false })
  await env.app.listen({ host: '127.0.0.1', port: 0 })
  const address = env.app.server.address()
  if (address === null || typeof address === 'string') throw new Error('not listening')
  const raw = await new Promise<string>((resolve, reject) => {
    const socket = connect(address.port, '127.0.0.1', () => {
      socket.write(`GET /v1/jobs HTTP/1.1\r\nHost: x\r\nX-Padding: ${'p'.repeat(20_000)}\r\n\r\n`)
    })
    let text = ''
    socket.on('data', (chunk) => {
      text += String(chunk)
    })
    socket.on('close', () => resolve(text))
    socket.on('error', reject)
  })
  const [head = '', body = ''] = raw.split('\r\n\r\n')
  t.match(head, /^HTTP\/1\.1 431 /, 'status 431')
  t.match(head, /content-type: application\/problem\+json/i)
  const problem = JSON.parse(body)
  t.equal(problem.status, 431)
  t.equal(problem.type, '/problems/headers-too-large')
  t.match(head, new RegExp(`x-request-id: ${problem.requestId}`, 'i'), 'the body and the header carry the same request id')
})
