import t from 'tap'
import { createTestDatabase } from '../helpers/database.ts'
import { multipart } from '../helpers/multipart.ts'
import { freePort, startNode, waitFor } from '../helpers/process.ts'

// Issue 13's probe: a 1.4 MB MARCXML file with 200,000 nested elements inside one subfield kept the
// import busy for 17 minutes, and meanwhile /ready and every API call timed out. The service must
// answer within 100 ms however hard the import works.
const DEPTH = Number(process.env.RESPONSIVE_DEPTH ?? 200_000)
const SLIM = 'http://www.loc.gov/MARC21/slim'
const LEADER = '<leader>00000nam a2200000 a 4500</leader>'
const record = (id: string, title: string) =>
  `<record>${LEADER}<controlfield tag="001">${id}</controlfield><datafield tag="245" ind1="0" ind2="0"><subfield code="a">${title}</subfield></datafield></record>`
const deep = `<record>${LEADER}<controlfield tag="001">deep</controlfield><datafield tag="245" ind1="0" ind2="0"><subfield code="a">${'<x>'.repeat(DEPTH)}${'</x>'.repeat(DEPTH)}</subfield></datafield></record>`
const upload = `<?xml version="1.0" encoding="UTF-8"?>\n<collection xmlns="${SLIM}">${record('before', 'Before')}${deep}${record('after', 'After')}</collection>`

t.test('status reads answer within 100 ms while a hostile upload is imported', async (t) => {
  const database = await createTestDatabase(t)
  const key = `cis_responsive_${'k'.repeat(24)}`
  const port = await freePort()
  const server = startNode('src/server.ts', {
    PATH: process.env.PATH,
    DATABASE_URL: database.url,
    PORT: String(port),
    BOOTSTRAP_ADMIN_KEY: key,
    LOG_LEVEL: 'warn',
  })
  t.teardown(() => server.child.kill('SIGKILL'))
  const base = `http://127.0.0.1:${port}`
  const headers = { authorization: `Bearer ${key}` }
  await waitFor('the service', async () => ((await fetch(`${base}/ready`)).status === 200 ? true : undefined), 90_000).catch((error: Error) => {
    throw new Error(`${error.message}; it printed:\n${server.output()}`)
  })

  const created = await fetch(`${base}/v1/profiles`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'Hostile XML', type: 'REPOSITORY', sourceFormat: 'MARCXML' }),
  })
  t.equal(created.status, 201)
  const profileId = ((await created.json()) as { id: string }).id
  const body = multipart([{ name: 'deep.xml', content: upload }])
  const started = await fetch(`${base}/v1/profiles/${profileId}/jobs`, { method: 'POST', headers: { ...headers, ...body.headers }, body: body.payload })
  t.equal(started.status, 202)
  const jobId = ((await started.json()) as { id: string }).id

  // Warm the routes up once, so that the first measured poll is not paying for compilation.
  await fetch(`${base}/ready`)
  await fetch(`${base}/v1/jobs/${jobId}`, { headers })

  const slowest = { ready: 0, job: 0 }
  let polls = 0
  let job: { status: string; counters?: Record<string, number> } = { status: 'PENDING' }
  const deadline = Date.now() + 120_000
  while (!['COMPLETED_SUCCESS', 'COMPLETED_WITH_ERRORS', 'FAILED', 'CANCELLED'].includes(job.status) && Date.now() < deadline) {
    let start = performance.now()
    t.equal((await fetch(`${base}/ready`)).status, 200)
    slowest.ready = Math.max(slowest.ready, performance.now() - start)
    start = performance.now()
    const read = await fetch(`${base}/v1/jobs/${jobId}`, { headers })
    slowest.job = Math.max(slowest.job, performance.now() - start)
    job = (await read.json()) as typeof job
    polls++
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  t.ok(polls >= 2, `polled while the job ran (${polls} polls)`)
  t.ok(slowest.ready < 100, `every /ready answered within 100 ms (slowest ${slowest.ready.toFixed(1)} ms)`)
  t.ok(slowest.job < 100, `every job read answered within 100 ms (slowest ${slowest.job.toFixed(1)} ms)`)
  t.equal(job.status, 'COMPLETED_WITH_ERRORS', 'the job ends, the hostile record reported')

  const report = (await (await fetch(`${base}/v1/jobs/${jobId}/report`, { headers })).json()) as { counters: Record<string, number> }
  t.match(report.counters, { recordsProcessed: 3, recordsImported: 2, recordsNotImported: 1 }, 'the two good records imported, the deep one not')
  server.child.kill('SIGTERM')
  t.equal(await server.exited, 0, 'the server and its runner thread stop on SIGTERM')
})
