import { SerializerSelector } from '@fastify/fast-json-stringify-compiler'
import { Ajv } from 'ajv'
import addFormats from 'ajv-formats'
import { decimalNumbersOnly } from './query-numbers.ts'

/*
 * Schema compilers for the app. Compiling every response serializer when the app starts is most of
 * its start-up (fast-json-stringify checks the shared components again for each route and status:
 * seconds for this API), and each app built in a process — one per test app — did it again. So a
 * serializer is compiled when its route first answers with that status, and kept for the process:
 * the route schemas and shared components are module constants, the same objects in every app.
 */

type Serializer = (data: unknown) => string
type SerializerOptions = Parameters<ReturnType<typeof SerializerSelector>>[1]
type RouteDefinition = Parameters<ReturnType<ReturnType<typeof SerializerSelector>>>[0]

const compiledSerializers = new WeakMap<object, Map<string, Serializer>>()
const componentNumbers = new WeakMap<object, number>()
let componentsSeen = 0

/** Names a set of shared schemas by the identity of its members, so a cache entry is reused only for the same set. */
function componentsKey(externalSchemas: unknown, options: SerializerOptions): string {
  const members = Object.values((externalSchemas ?? {}) as Record<string, object>).map((schema) => {
    let n = componentNumbers.get(schema)
    if (n === undefined) {
      n = componentsSeen++
      componentNumbers.set(schema, n)
    }
    return n
  })
  return `${members.join(',')}|${JSON.stringify(options ?? {})}`
}

export function buildSerializer(externalSchemas: unknown, options: SerializerOptions) {
  const compile = SerializerSelector()(externalSchemas, options)
  const key = componentsKey(externalSchemas, options)
  return (route: RouteDefinition): Serializer => {
    const schema = route.schema as object
    let serialize: Serializer | undefined
    return (data) => {
      if (serialize === undefined) {
        const bySet = compiledSerializers.get(schema) ?? new Map<string, Serializer>()
        compiledSerializers.set(schema, bySet)
        serialize = bySet.get(key) ?? compile(route)
        bySet.set(key, serialize)
      }
      return serialize(data)
    }
  }
}

/*
 * Request bodies are validated strictly (no type coercion, no unknown fields silently dropped), so
 * a client that sends `"splitSize": "50"` or a misspelt field hears about it. Query strings and
 * path parameters are text by nature and are coerced. One pair of Ajv instances per process: Ajv
 * keeps what it compiled by schema, so a second app reuses it.
 */
let ajvs: { strict: Ajv; lenient: Ajv } | undefined

export function compileValidator({ schema, httpPart }: { schema: object; httpPart?: string }) {
  if (ajvs === undefined) {
    ajvs = {
      strict: new Ajv({ coerceTypes: false, useDefaults: true, removeAdditional: false, allErrors: true, strict: false }),
      lenient: new Ajv({ coerceTypes: 'array', useDefaults: true, removeAdditional: false, allErrors: true, strict: false }),
    }
    addFormats.default(ajvs.strict)
    addFormats.default(ajvs.lenient)
  }
  return httpPart === 'body' ? ajvs.strict.compile(schema) : decimalNumbersOnly(schema, ajvs.lenient.compile(schema))
}
