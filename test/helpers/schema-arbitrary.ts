import fc from 'fast-check'

/** The JSON Schema subset our OpenAPI document uses (TypeBox output). */
export interface Schema {
  $ref?: string
  type?: string | string[]
  enum?: unknown[]
  const?: unknown
  anyOf?: Schema[]
  oneOf?: Schema[]
  allOf?: Schema[]
  properties?: Record<string, Schema>
  required?: string[]
  additionalProperties?: boolean | Schema
  items?: Schema
  minItems?: number
  maxItems?: number
  minLength?: number
  maxLength?: number
  pattern?: string
  format?: string
  minimum?: number
  maximum?: number
  exclusiveMinimum?: number
  exclusiveMaximum?: number
  default?: unknown
  uniqueItems?: boolean
}

export type Resolve = (ref: string) => Schema

/** Text as clients send it: mostly letters, now and then what breaks naive code (NUL, astral, controls). */
const text = (minLength: number, maxLength: number) =>
  fc.string({
    minLength,
    maxLength,
    unit: fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456789 -_.') },
      { weight: 1, arbitrary: fc.constantFrom('\u0000', '\u001f', 'é', 'ß', '\u{1F4DA}', '"', '\\', '%', '\n', '<', '\u200b') },
    ),
  })

const FORMATS: Record<string, fc.Arbitrary<string>> = {
  uuid: fc.uuid(),
  'date-time': fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString()),
  date: fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  email: fc.emailAddress(),
  uri: fc.webUrl(),
}

/** Values that the schema accepts. */
export function valid(schema: Schema, resolve: Resolve, depth = 0): fc.Arbitrary<unknown> {
  if (schema.$ref !== undefined) return valid(resolve(schema.$ref), resolve, depth)
  if (schema.const !== undefined) return fc.constant(schema.const)
  if (schema.enum !== undefined) return fc.constantFrom(...schema.enum)
  const alternatives = schema.anyOf ?? schema.oneOf
  if (alternatives !== undefined) return fc.oneof(...alternatives.map((alternative) => valid(alternative, resolve, depth + 1)))
  if (schema.allOf !== undefined) return valid(Object.assign({}, ...schema.allOf.map((part) => (part.$ref ? resolve(part.$ref) : part))), resolve, depth)
  const types = Array.isArray(schema.type) ? schema.type : schema.type === undefined ? [] : [schema.type]
  if (types.length > 1) return fc.oneof(...types.map((type) => valid({ ...schema, type }, resolve, depth)))
  switch (types[0]) {
    case 'null':
      return fc.constant(null)
    case 'boolean':
      return fc.boolean()
    case 'integer': {
      const min = schema.minimum ?? (schema.exclusiveMinimum === undefined ? -1_000_000 : schema.exclusiveMinimum + 1)
      const max = schema.maximum ?? (schema.exclusiveMaximum === undefined ? 1_000_000 : schema.exclusiveMaximum - 1)
      return fc.integer({ min: Math.max(min, -2_000_000_000), max: Math.min(max, 2_000_000_000) })
    }
    case 'number':
      return fc.double({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6, noNaN: true, noDefaultInfinity: true })
    case 'string': {
      if (schema.format !== undefined && FORMATS[schema.format] !== undefined) return FORMATS[schema.format] as fc.Arbitrary<string>
      if (schema.pattern !== undefined) {
        const pattern = new RegExp(schema.pattern)
        return fc.stringMatching(pattern).filter((s) => s.length >= (schema.minLength ?? 0) && s.length <= (schema.maxLength ?? 10_000))
      }
      return text(schema.minLength ?? 0, Math.min(schema.maxLength ?? 40, (schema.minLength ?? 0) + 60))
    }
    case 'array': {
      const items = schema.items === undefined ? fc.anything() : valid(schema.items, resolve, depth + 1)
      const maxLength = Math.min(schema.maxItems ?? 4, (schema.minItems ?? 0) + 4)
      const array = fc.array(items, { minLength: schema.minItems ?? 0, maxLength })
      return schema.uniqueItems === true ? array.map((list) => [...new Map(list.map((item) => [JSON.stringify(item), item])).values()]).filter((list) => list.length >= (schema.minItems ?? 0)) : array
    }
    case 'object':
    default: {
      const properties = schema.properties ?? {}
      const required = schema.required ?? []
      if (depth > 6) return fc.constant({})
      const shape: Record<string, fc.Arbitrary<unknown>> = {}
      for (const [name, property] of Object.entries(properties)) shape[name] = valid(property, resolve, depth + 1)
      return fc.record(shape, { requiredKeys: required.filter((name) => name in shape) })
    }
  }
}

/** A value of the wrong JSON type for the schema. */
function wrongType(schema: Schema, resolve: Resolve): fc.Arbitrary<unknown> | null {
  const target = schema.$ref !== undefined ? resolve(schema.$ref) : schema
  if (target.anyOf !== undefined || target.oneOf !== undefined || target.enum !== undefined) {
    // An object fits no enum or union of scalars we use.
    return target.anyOf?.some((s) => s.type === 'object' || s.$ref) || target.oneOf?.some((s) => s.type === 'object' || s.$ref) ? null : fc.constant({ unexpected: true })
  }
  switch (target.type) {
    case 'string':
      return fc.oneof(fc.integer(), fc.constant(true), fc.constant([]))
    case 'integer':
    case 'number':
      return fc.oneof(fc.constant('12'), fc.constant(true), fc.constant({}))
    case 'boolean':
      return fc.oneof(fc.constant('true'), fc.constant(1))
    case 'array':
      return fc.oneof(fc.constant('a'), fc.constant({}))
    case 'object':
      return fc.oneof(fc.constant('{}'), fc.constant(7), fc.constant([]))
    default:
      return null
  }
}

/** One way in which a body breaks its schema, with the body. */
export interface Broken {
  how: string
  body: unknown
}

/**
 * Bodies the schema refuses: a valid body with one thing broken — a required field missing, a
 * field of the wrong type, a field the schema does not know, a string too long, a number out of range.
 */
export function invalid(schema: Schema, resolve: Resolve): fc.Arbitrary<Broken> | null {
  const target = schema.$ref !== undefined ? resolve(schema.$ref) : schema
  if (target.type !== 'object' || target.properties === undefined) {
    const wrong = wrongType(target, resolve)
    return wrong === null ? null : wrong.map((body) => ({ how: 'wrong type for the body', body }))
  }
  const properties = target.properties
  const required = target.required ?? []
  const ways: Array<fc.Arbitrary<Broken>> = []
  const base = valid(target, resolve) as fc.Arbitrary<Record<string, unknown>>
  for (const name of required) {
    ways.push(base.map((body) => ({ how: `required ${name} missing`, body: Object.fromEntries(Object.entries(body).filter(([key]) => key !== name)) })))
  }
  for (const [name, property] of Object.entries(properties)) {
    const wrong = wrongType(property, resolve)
    if (wrong !== null) ways.push(fc.tuple(base, wrong).map(([body, value]) => ({ how: `${name} of the wrong type`, body: { ...body, [name]: value } })))
    const resolved = property.$ref !== undefined ? resolve(property.$ref) : property
    if (resolved.type === 'string' && resolved.maxLength !== undefined && resolved.format === undefined && resolved.pattern === undefined) {
      const long = 'x'.repeat(resolved.maxLength + 1)
      ways.push(base.map((body) => ({ how: `${name} longer than ${resolved.maxLength}`, body: { ...body, [name]: long } })))
    }
    if (resolved.type === 'integer' && resolved.maximum !== undefined) {
      ways.push(base.map((body) => ({ how: `${name} above ${resolved.maximum}`, body: { ...body, [name]: (resolved.maximum as number) + 1 } })))
    }
  }
  if (target.additionalProperties === false) {
    ways.push(base.map((body) => ({ how: 'unknown field', body: { ...body, surelyNotAField: 1 } })))
  }
  ways.push(fc.constantFrom<Broken>({ how: 'array instead of object', body: [] }, { how: 'string instead of object', body: 'x' }))
  return fc.oneof(...ways)
}
