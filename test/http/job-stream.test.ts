import t from 'tap'
import type { JobStatus } from '../../src/domain/jobs/lifecycle.ts'
import { jobEventStream } from '../../src/services/job-stream.ts'
import { transitionJob } from '../../src/pipeline/job-transitions.ts'
import { createTestApp, type TestApp } from '../helpers/app.ts'
import { makeProfile, settled, startJob } from '../helpers/job-fixtures.ts'
import { waitFor } from '../helpers/process.ts'
import { readSharedMarc } from '../helpers/shared.ts'

interface Message {
  event?: string
  id?: string
  data?: string
  comment?: string
}

function parseSse(text: string): Message[] {
  return text
    .split('\n\n')
    .filter((block) => block !== '')
    .map((block) => {
      const message: Message = {}
      for (const line of block.split('\n')) {
        if (line.startsWith(':')) message.comment = line.slice(1).trim()
        const match = /^(event|id|data): (.*)$/.exec(line)
        if (match !== null) message[match[1] as 'event' | 'id' | 'data'] = match[2]
      }
      return message
    })
}

const stream = (env: TestApp, jobId: string, headers: Record<string, string> = {}, query = '') =>
  env.app.inject({ method: 'GET', url: `/v1/jobs/${jobId}/events/stream${query}`, headers: { ...env.admin.headers, ...headers } })

async function eventsOf(env: TestApp, jobId: string) {
  return (await env.app.inject({ method: 'GET', url: `/v1/jobs/${jobId}/events`, headers: env.admin.headers })).json().items as Array<{ id: string; status: string }>
}

async function move(env: TestApp, jobId: string, to: JobStatus, changes: { files_total?: number; records_total?: number } = {}) {
  await env.db.transaction().execute((trx) => transitionJob(trx, jobId, to, { severity: 'INFO', module: 'SYSTEM', description: `to ${to}`, createdBy: null }, changes))
}

/** A stream read as it arrives over a real connection, to act on what the client has seen. */
async function follow(url: string, headers: Record<string, string>) {
  const res = await fetch(url, { headers })
  const reader = res.body?.getReader()
  if (reader === undefined) throw new Error('no body')
  const decoder = new TextDecoder()
  let text = ''
  let done = false
  const complete = () => parseSse(text.slice(0, text.lastIndexOf('\n\n') + 2))
  return {
    res,
    /** Reads until the messages so far satisfy `seen` (or the stream ends). */
    async until(seen: (messages: Message[]) => boolean): Promise<Message[]> {
      while (!done && !seen(complete())) {
        const next = await reader.read()
        if (next.done === true) done = true
        else text += decoder.decode(next.value, { stream: true })
      }
      return complete()
    },
  }
}

const lastStatus = (messages: Message[]) => JSON.parse(messages.filter((m) => m.event === 'status').at(-1)?.data ?? '{}')

t.test('the stream follows a job another process runs, from the database, to its end', async (t) => {
  // This app works no queue: every change below is written to the database directly, as a
  // worker process elsewhere would.
  const env = await createTestApp(t, {}, { work: false })
  const profileId = await makeProfile(env)
  const jobId = await startJob(env, profileId, [{ name: 'test.dat', content: readSharedMarc('pymarc/test.dat') }])
  const address = await env.app.listen({ port: 0, host: '127.0.0.1' })
  const live = await follow(`${address}/v1/jobs/${jobId}/events/stream`, { ...env.admin.headers, accept: 'text/event-stream' })
  t.equal(live.res.status, 200)
  t.match(live.res.headers.get('content-type'), /^text\/event-stream/)
  t.equal(live.res.headers.get('cache-control'), 'no-cache')

  await live.until((m) => lastStatus(m).status === 'PENDING')
  await move(env, jobId, 'INITIALIZING')
  await live.until((m) => lastStatus(m).status === 'INITIALIZING')
  await move(env, jobId, 'RUNNING', { files_total: 2, records_total: 10 })
  env.fabricated(jobId)
  await live.until((m) => lastStatus(m).status === 'RUNNING')
  await env.db.updateTable('jobs').set({ records_done: 4, files_done: 1, counters: JSON.stringify({ ADDED: 4 }) }).where('id', '=', jobId).execute()
  await live.until((m) => lastStatus(m).progress?.recordsDone === 4)
  await move(env, jobId, 'FINALIZING')
  await move(env, jobId, 'COMPLETED_WITH_ERRORS')
  const messages = await live.until(() => false)

  t.equal(messages[0]?.event, 'status', 'the job first')
  const statuses = messages.filter((m) => m.event === 'status').map((m) => JSON.parse(m.data ?? '{}'))
  t.same(
    [...new Set(statuses.map((job) => job.status))].filter((status) => status !== 'FINALIZING'),
    ['PENDING', 'INITIALIZING', 'RUNNING', 'COMPLETED_WITH_ERRORS'],
    'each status, in order (FINALIZING may pass within one poll)',
  )
  t.ok(
    statuses.some((job) => job.status === 'RUNNING' && job.progress.recordsDone === 4 && job.progress.percent === 40 && job.counters.ADDED === 4),
    'progress without a status change is a status message too',
  )
  const logs = messages.filter((m) => m.event === 'log')
  const events = await eventsOf(env, jobId)
  t.same(
    logs.map((m) => m.id),
    events.map((e) => e.id),
    'every event of the log, once, in order, with its id',
  )
  t.same(logs.map((m) => JSON.parse(m.data ?? '{}')), events, 'as listJobEvents has them')
  t.same(messages.at(-1), { event: 'end', data: '{"status":"COMPLETED_WITH_ERRORS"}' }, 'the last message says it is over')
  t.same(
    messages.slice(-2, -1).map((m) => [m.event, JSON.parse(m.data ?? '{}').status]),
    [['log', 'COMPLETED_WITH_ERRORS']],
    'before it, the event of the final status',
  )
  t.equal(statuses.at(-1)?.status, 'COMPLETED_WITH_ERRORS', 'the last status is the final one')
})

t.test('a real import streamed; Last-Event-ID resumes after the event it names', async (t) => {
  const env = await createTestApp(t)
  const profileId = await makeProfile(env, { splitSize: 3 })
  const jobId = await startJob(env, profileId, [{ name: 'bad.mrc', content: readSharedMarc('pymarc/bad_records.mrc') }])
  const live = parseSse((await stream(env, jobId)).body)
  const finished = await settled(env, jobId)
  t.same(JSON.parse(live.filter((m) => m.event === 'status').at(-1)?.data ?? '{}'), finished, 'the last status is the finished job')
  const events = await eventsOf(env, jobId)
  t.same(live.filter((m) => m.event === 'log').map((m) => m.id), events.map((e) => e.id))

  const resumed = parseSse((await stream(env, jobId, { 'last-event-id': events[1]?.id ?? '' })).body)
  t.same(resumed.map((m) => m.event), ['status', ...events.slice(2).map(() => 'log'), 'end'], 'the job, the events after, the end')
  t.same(resumed.filter((m) => m.event === 'log').map((m) => m.id), events.slice(2).map((e) => e.id))
  const byQuery = parseSse((await stream(env, jobId, {}, `?lastEventId=${events.at(-1)?.id}`)).body)
  t.same(byQuery.map((m) => m.event), ['status', 'end'], 'nothing after the last event')
  t.equal((await stream(env, jobId, { 'last-event-id': 'yesterday' })).statusCode, 400)
})

t.test('a job waiting for a person ends the stream too', async (t) => {
  const env = await createTestApp(t, {}, { work: false })
  const profileId = await makeProfile(env)
  const jobId = await startJob(env, profileId, [{ name: 'test.dat', content: readSharedMarc('pymarc/test.dat') }])
  await move(env, jobId, 'INITIALIZING')
  await move(env, jobId, 'RUNNING', { files_total: 1, records_total: 10 })
  env.fabricated(jobId)
  await move(env, jobId, 'FINALIZING')
  await move(env, jobId, 'MANUAL_HANDLING_REQUIRED')
  const messages = parseSse((await stream(env, jobId)).body)
  t.same(messages.at(-1), { event: 'end', data: '{"status":"MANUAL_HANDLING_REQUIRED"}' })
})

t.test('heartbeats while nothing happens; a stop ends the polling at once', async (t) => {
  const env = await createTestApp(t, {}, { work: false })
  const jobId = await startJob(env, await makeProfile(env), [{ name: 'test.dat', content: readSharedMarc('pymarc/test.dat') }])
  const controller = new AbortController()
  const ends: string[] = []
  const messages = jobEventStream(
    env.db,
    { institutionId: env.institutionId, id: jobId },
    { afterEventId: 0, signal: controller.signal, timing: { pollMs: 20, heartbeatMs: 150 }, onEnd: (how) => ends.push(how) },
  )
  const seen: string[] = []
  for await (const message of messages) {
    seen.push(message)
    if (message === ': heartbeat\n\n') break
  }
  t.match(seen[0], /^event: status\n/)
  t.match(seen[1], /^id: \d+\nevent: log\n/)
  t.equal(seen.at(-1), ': heartbeat\n\n', 'a comment once nothing was sent for a while')

  const again = jobEventStream(
    env.db,
    { institutionId: env.institutionId, id: jobId },
    { afterEventId: 0, signal: controller.signal, timing: { pollMs: 60_000, heartbeatMs: 60_000 }, onEnd: (how) => ends.push(how) },
  )
  await again.next()
  await again.next()
  const pending = again.next()
  const started = Date.now()
  controller.abort('client disconnected')
  t.same(await pending, { done: true, value: undefined }, 'the stream ends')
  t.ok(Date.now() - started < 1000, 'without waiting out the poll interval')
  t.same(ends, ['stopped', 'stopped'])
})

t.test('a client that goes away stops its stream; closing the server ends open streams', async (t) => {
  const env = await createTestApp(t, {}, { work: false })
  const jobId = await startJob(env, await makeProfile(env), [{ name: 'test.dat', content: readSharedMarc('pymarc/test.dat') }])
  const address = await env.app.listen({ port: 0, host: '127.0.0.1' })
  const controller = new AbortController()
  const res = await fetch(`${address}/v1/jobs/${jobId}/events/stream`, { headers: env.admin.headers, signal: controller.signal })
  t.equal(res.status, 200)
  const reader = res.body?.getReader()
  const first = await reader?.read()
  t.match(new TextDecoder().decode(first?.value), /^event: status\n/, 'the job arrives at once')
  controller.abort()
  const ended = await waitFor('the stream to stop', async () =>
    env.logs.find((line) => line.includes('job event stream ended') && line.includes('client disconnected')),
  )
  t.ok(ended, 'the server noticed and stopped polling')

  const open = await fetch(`${address}/v1/jobs/${jobId}/events/stream`, { headers: env.admin.headers })
  const text = open.text()
  const closing = Date.now()
  await env.app.close()
  t.ok(Date.now() - closing < 5000, 'close did not wait for the job to end')
  t.notMatch(await text, /event: end/, 'the stream ended without an end: the client reconnects elsewhere')
  t.ok(env.logs.some((line) => line.includes('job event stream ended') && line.includes('server closing')))
})

t.test('the stream: 401 without a key, 403 for roles that may not see the job, 404 elsewhere', async (t) => {
  const env = await createTestApp(t, {}, { work: false })
  const jobId = await startJob(env, await makeProfile(env), [{ name: 'test.dat', content: readSharedMarc('pymarc/test.dat') }])
  const url = `/v1/jobs/${jobId}/events/stream`
  t.equal((await env.app.inject({ method: 'GET', url })).statusCode, 401)
  const buyer = await env.userWith(['PURCHASING_OPERATOR'])
  const refused = await env.app.inject({ method: 'GET', url, headers: buyer.headers })
  t.equal(refused.statusCode, 403)
  t.match(refused.headers['content-type'], /^application\/problem\+json/)
  const outsider = await env.userWith(['CATALOG_ADMINISTRATOR'], await env.createInstitution('OTHER'))
  t.equal((await env.app.inject({ method: 'GET', url, headers: outsider.headers })).statusCode, 404)
  t.equal((await stream(env, '00000000-0000-4000-8000-000000000000')).statusCode, 404)
})
