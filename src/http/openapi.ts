import type { FastifySchema } from 'fastify'
import { problemResponses } from './schemas.ts'

type JsonSchema = Record<string, unknown>

/**
 * A property with a default may be left out: Ajv fills it in before `required` is checked, so the
 * document must not tell clients to send it (`limit`, an inventory's library and location).
 */
function withoutRequiredDefaults(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withoutRequiredDefaults)
  if (schema === null || typeof schema !== 'object') return schema
  const copy: JsonSchema = Object.fromEntries(Object.entries(schema).map(([key, value]) => [key, withoutRequiredDefaults(value)]))
  const properties = copy.properties as Record<string, JsonSchema> | undefined
  if (properties !== undefined && Array.isArray(copy.required)) {
    const required = copy.required.filter((name) => typeof name !== 'string' || properties[name]?.default === undefined)
    if (required.length > 0) copy.required = required
    else delete copy.required
  }
  return copy
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * The request body as the document shows it, where the route checks more than its `body`
     * schema can say to a validator: a multipart form read as a stream, or rules across fields
     * that the service checks with messages of its own.
     */
    documentedBody?: object
  }
}

/** A body over bodyLimit and a body of another media type are refused before the route runs. */
function earlyErrors(url: string, hasBody: boolean): number[] {
  return [...(hasBody ? [413, 415] : []), ...(url.includes(':') ? [414] : []), 431]
}

/**
 * What the route schemas alone would leave out of the document: bodies the route reads itself,
 * and the errors Node, the router and the body parser answer before a route runs (431 for any
 * request, 414 where a path parameter can be too long, 413 and 415 where the body parser reads a body).
 */
export function documentRoute(schema: FastifySchema, url: string, documentedBody: object | undefined): FastifySchema {
  const body = documentedBody ?? schema.body
  const response = (schema.response ?? {}) as Record<string, unknown>
  return {
    ...schema,
    ...(schema.querystring === undefined ? {} : { querystring: withoutRequiredDefaults(schema.querystring) }),
    ...(body === undefined ? {} : { body: withoutRequiredDefaults(body) }),
    response: { ...problemResponses(...earlyErrors(url, schema.body !== undefined)), ...response },
  }
}
