import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { AppError, type FieldError, type ErrorCode } from '../../errors.ts'
import { problemBody } from '../problem.ts'

interface ValidationIssue {
  instancePath?: string
  keyword?: string
  message?: string
  params?: Record<string, unknown>
}

/** Names the failing field the way a client wrote it: `match.method`, `query.limit`, `body`. */
function fieldErrors(all: ValidationIssue[], context: string | undefined): FieldError[] {
  // A value that fails every branch of `X | null` also reports "must be null" and "must match a
  // schema in anyOf"; the branch's own complaints are the useful ones.
  const specific = all.filter((issue) => issue.keyword !== 'anyOf' && !(issue.keyword === 'type' && issue.params?.type === 'null'))
  const issues = specific.length > 0 ? specific : all
  return issues.map((issue) => {
    const path = (issue.instancePath ?? '').split('/').filter(Boolean)
    const params = issue.params ?? {}
    if (typeof params.missingProperty === 'string') path.push(params.missingProperty)
    if (typeof params.additionalProperty === 'string') {
      path.push(params.additionalProperty)
      return { field: [context, ...path].filter(Boolean).join('.'), message: 'is not a known field' }
    }
    let message = issue.message ?? 'is not valid'
    if (issue.keyword === 'enum' && Array.isArray(params.allowedValues)) {
      message = `must be one of ${params.allowedValues.join(', ')}`
    }
    return { field: [context, ...path].filter(Boolean).join('.') || (context ?? 'body'), message }
  })
}

const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'BAD_REQUEST',
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_REQ_FILE_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_FILES_LIMIT: 'PAYLOAD_TOO_LARGE',
  FST_PARTS_LIMIT: 'PAYLOAD_TOO_LARGE',
  FST_FIELDS_LIMIT: 'PAYLOAD_TOO_LARGE',
  FST_INVALID_MULTIPART_CONTENT_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'VALIDATION_FAILED',
  FST_ERR_CTP_INVALID_JSON_BODY: 'VALIDATION_FAILED',
}

export function sendProblem(reply: FastifyReply, request: FastifyRequest, error: AppError): FastifyReply {
  for (const [name, value] of Object.entries(error.headers)) reply.header(name, value)
  const body = problemBody(error.code, error.message, {
    instance: request.url,
    requestId: request.id,
    ...(error.errors === undefined ? {} : { errors: error.errors }),
  })
  return reply.code(error.status).type('application/problem+json').serializer(JSON.stringify).send(body)
}

function toAppError(error: FastifyError): AppError | null {
  if (error instanceof AppError) return error
  if (error.validation) {
    const errors = fieldErrors(error.validation as ValidationIssue[], error.validationContext)
    return new AppError('VALIDATION_FAILED', errors.map((e) => `${e.field} ${e.message}`).join('; '), { errors })
  }
  if (error instanceof SyntaxError || error.code === 'FST_ERR_CTP_INVALID_JSON_BODY') {
    return new AppError('VALIDATION_FAILED', `The body is not valid JSON: ${error.message}`, {
      errors: [{ field: 'body', message: 'is not valid JSON' }],
    })
  }
  const mapped = error.code === undefined ? undefined : FASTIFY_CODES[error.code]
  if (mapped !== undefined) return new AppError(mapped, error.message)
  if (error.statusCode === 429) return new AppError('RATE_LIMITED', error.message)
  if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
    return new AppError('BAD_REQUEST', error.message)
  }
  return null
}

/**
 * One error handler: every failure leaves as problem+json. Client errors say what was wrong;
 * server errors say nothing of internals and are logged with the request id the client also got.
 */
export const errorsPlugin = fp(async (app: FastifyInstance, options: { routes: Map<string, Set<string>> }) => {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const appError = toAppError(error)
    if (appError !== null) return sendProblem(reply, request, appError)
    request.log.error({ err: error }, 'request failed')
    return sendProblem(reply, request, new AppError('INTERNAL', `Something went wrong; quote request id ${request.id}`))
  })

  // Fastify answers 404 for a known path with an unknown method; a client deserves 405 + Allow.
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? ''
    const allowed = new Set<string>()
    for (const [pattern, methods] of options.routes) {
      if (patternRegex(pattern).test(path)) for (const method of methods) allowed.add(method)
    }
    if (allowed.size > 0) {
      return sendProblem(
        reply,
        request,
        new AppError('METHOD_NOT_ALLOWED', `${request.method} is not allowed here; use ${[...allowed].join(', ')}`, {
          headers: { allow: [...allowed].join(', ') },
        }),
      )
    }
    return sendProblem(reply, request, new AppError('NOT_FOUND', `No route ${request.method} ${path}`))
  })
})

const patternCache = new Map<string, RegExp>()
function patternRegex(pattern: string): RegExp {
  let regex = patternCache.get(pattern)
  if (regex === undefined) {
    const source = pattern
      .split('/')
      .map((part) => (part.startsWith(':') ? '[^/]+' : part === '*' ? '.*' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
      .join('/')
    regex = new RegExp(`^${source}/?$`)
    patternCache.set(pattern, regex)
  }
  return regex
}
