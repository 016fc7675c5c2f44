import { AppError } from '../errors.ts'

/**
 * Picks the first of `offered` that the Accept header allows, by q-value then the header's order;
 * a missing header or `*\/*` takes the first offered. None acceptable → 406 naming what we offer.
 */
export function negotiate<T extends string>(accept: string | undefined, offered: readonly T[]): T {
  const first = offered[0]
  if (first === undefined) throw new Error('nothing offered')
  if (accept === undefined || accept.trim() === '') return first
  const ranges = accept
    .split(',')
    .map((part, index) => {
      const [type = '', ...params] = part.trim().split(';')
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
      return { type: type.trim().toLowerCase(), q: q === undefined ? 1 : Number(q.slice(2)), index }
    })
    .filter((range) => range.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
  for (const range of ranges) {
    if (range.type === '*/*') return first
    const exact = offered.find((type) => type === range.type)
    if (exact !== undefined) return exact
    const [major] = range.type.split('/')
    if (range.type.endsWith('/*')) {
      const match = offered.find((type) => type.startsWith(`${major}/`))
      if (match !== undefined) return match
    }
  }
  throw new AppError('NOT_ACCEPTABLE', `Available as ${offered.join(', ')}`)
}
