import { randomUUID } from 'node:crypto'
import { STATUS_CODES } from 'node:http'
import type { Socket } from 'node:net'
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify'
import { AppError } from '../../errors.ts'
import { problemBody } from '../problem.ts'
import { sendProblem } from './errors.ts'

/**
 * Errors Fastify's router answers before any hook runs (a path parameter over maxParamLength, a
 * path that is not valid percent-encoding): problem+json like every other error.
 */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  reply.header('x-request-id', request.id)
  const problem =
    error.code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? new AppError('URI_TOO_LONG', 'A path parameter is longer than any this API accepts')
      : new AppError('BAD_REQUEST', error.message)
  sendProblem(reply, request, problem)
}

/**
 * Node's HTTP parser refuses a request whose headers (request line included) exceed
 * maxHeaderSize before Fastify sees it; the answer is written to the socket as problem+json, with
 * a request id of its own since no request was made.
 */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return
  if (socket.writable && error.code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    socket.write('HTTP/1.1 408 Request Timeout\r\nConnection: close\r\nContent-Length: 0\r\n\r\n')
  } else if (socket.writable) {
    const requestId = randomUUID()
    const problem =
      error.code === 'HPE_HEADER_OVERFLOW'
        ? new AppError('HEADERS_TOO_LARGE', 'The request line and headers together are larger than the server accepts (16 KiB)')
        : new AppError('BAD_REQUEST', 'The request is not valid HTTP')
    const body = JSON.stringify(problemBody(problem.code, problem.message, { requestId }))
    socket.write(
      `HTTP/1.1 ${problem.status} ${STATUS_CODES[problem.status]}\r\nConnection: close\r\nContent-Type: application/problem+json\r\nX-Request-Id: ${requestId}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    )
  }
  socket.destroy(error)
}
