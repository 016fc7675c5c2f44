import type { FastifySchemaCompiler, FastifySchemaValidationError } from 'fastify'

/**
 * Query strings and path parameters are coerced to their schema's types, and Ajv coerces text to
 * a number the way JavaScript's Number() does: `0x10` is 16, ` 5` is 5, `1e2` is 100. A number in
 * a URL is accepted only as plain decimal digits.
 */
const DECIMAL = { integer: /^-?\d+$/, number: /^-?\d+(\.\d+)?$/ } as const

type Validate = ReturnType<FastifySchemaCompiler<unknown>>

function numericKind(schema: unknown): keyof typeof DECIMAL | undefined {
  if (schema === null || typeof schema !== 'object') return undefined
  const type = (schema as { type?: unknown }).type
  return type === 'integer' || type === 'number' ? type : undefined
}

/** Wraps a compiled query or path validator: a numeric property given in any other spelling fails. */
export function decimalNumbersOnly(schema: unknown, validate: Validate): Validate {
  const properties = schema !== null && typeof schema === 'object' ? (schema as { properties?: Record<string, unknown> }).properties : undefined
  const numeric = Object.entries(properties ?? {}).flatMap(([name, property]) => {
    const kind = numericKind(property)
    return kind === undefined ? [] : [{ name, kind }]
  })
  if (numeric.length === 0) return validate
  const checked: Validate = (data) => {
    const values = data !== null && typeof data === 'object' ? (data as Record<string, unknown>) : {}
    const issues: FastifySchemaValidationError[] = numeric
      .filter(({ name, kind }) => typeof values[name] === 'string' && !DECIMAL[kind].test(values[name]))
      .map(({ name, kind }) => ({
        instancePath: `/${name}`,
        schemaPath: `#/properties/${name}/type`,
        keyword: 'type',
        message: kind === 'integer' ? 'must be an integer in decimal digits' : 'must be a number in decimal digits',
        params: { type: kind },
      }))
    if (issues.length > 0) {
      checked.errors = issues
      return false
    }
    const valid = validate(data)
    checked.errors = validate.errors
    return valid
  }
  return checked
}
