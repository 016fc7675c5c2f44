import { Readable } from 'node:stream'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyReply } from 'fastify'
import { jobEventStream } from '../../services/job-stream.ts'
import type { JobsService } from '../../services/jobs.service.ts'
import { access } from '../access.ts'
import { principalOf } from '../plugins/auth.ts'
import { AUTHENTICATED_ERRORS, IdParams, problemResponses } from '../schemas.ts'
import { EventStream, EventStreamHeaders, EventStreamQuery } from './schemas.ts'

export const jobStreamRoutes: FastifyPluginAsyncTypebox<{ jobs: JobsService }> = async (app, { jobs }) => {
  // Open streams end when the server closes, before it waits for connections to finish: a stream
  // would otherwise hold shutdown until its job ends. The client reconnects with Last-Event-ID.
  const open = new Set<AbortController>()
  app.addHook('preClose', async () => {
    for (const controller of open) controller.abort('server closing')
  })

  app.get(
    '/jobs/:id/events/stream',
    {
      config: { access: access.profile('view') },
      schema: {
        operationId: 'streamJobEvents',
        tags: ['jobs'],
        summary: 'Follow a job live: its status, progress and new events as Server-Sent Events',
        description:
          'Send `Accept: text/event-stream`. EventSource cannot send an Authorization header: use a fetch-based SSE client. After `end`, close the connection.',
        params: IdParams,
        querystring: EventStreamQuery,
        headers: EventStreamHeaders,
        produces: ['text/event-stream'],
        response: { 200: EventStream, ...problemResponses(...AUTHENTICATED_ERRORS, 404) },
      },
    },
    async (request, reply) => {
      const caller = principalOf(request)
      const job = await jobs.load(caller, request.params.id)
      const header = request.headers['last-event-id']
      const afterEventId = typeof header === 'string' ? Number(header) : (request.query.lastEventId ?? 0)
      const controller = new AbortController()
      open.add(controller)
      // 'close' on the response: finished by us, or the connection is gone (a request's own 'close'
      // fires as soon as its body is read, which for a GET is at once).
      reply.raw.on('close', () => {
        open.delete(controller)
        controller.abort('client disconnected')
      })
      const events = jobEventStream(
        jobs.db,
        { institutionId: caller.institutionId, id: job.id },
        {
          afterEventId,
          signal: controller.signal,
          onEnd: (how) => {
            const reason: unknown = controller.signal.reason
            request.log.debug({ jobId: job.id, end: how === 'finished' ? 'job finished' : String(reason) }, 'job event stream ended')
          },
        },
      )
      const raw = reply as unknown as FastifyReply
      return raw
        .code(200)
        .header('content-type', 'text/event-stream; charset=utf-8')
        .header('cache-control', 'no-cache')
        .header('x-accel-buffering', 'no')
        .send(Readable.from(events, { objectMode: false }))
    },
  )
}
