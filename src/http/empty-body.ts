import type { FastifyRequest } from 'fastify'

/**
 * Route hooks for an operation whose body is an object of optional fields (commitDryRun,
 * rerunJob): a request without a body — no body at all, or an empty one declared as JSON — means
 * `{}` instead of a 400 (issue 14 item 9).
 */
export const emptyBodyAsObject = {
  onRequest: async (request: FastifyRequest) => {
    if (request.headers['content-length'] === '0') delete request.headers['content-type']
  },
  preValidation: async (request: FastifyRequest) => {
    if (request.body === undefined || request.body === null) request.body = {}
  },
}

/** The operations that take `emptyBodyAsObject`: their body is documented as optional. */
const OPTIONAL_BODY_OPERATIONS = new Set(['commitDryRun', 'rerunJob'])

/** The OpenAPI document with the bodies of OPTIONAL_BODY_OPERATIONS not required (swagger's transformObject). */
export function optionalBodies<T extends { paths?: object }>(document: T): T {
  for (const operations of Object.values(document.paths ?? {}) as Array<Record<string, { operationId?: string; requestBody?: { required?: boolean } }>>) {
    for (const operation of Object.values(operations)) {
      if (operation.operationId !== undefined && OPTIONAL_BODY_OPERATIONS.has(operation.operationId) && operation.requestBody !== undefined) {
        operation.requestBody.required = false
      }
    }
  }
  return document
}
