import type { Test } from 'tap'

interface Response {
  statusCode: number
  headers: Record<string, unknown>
  json(): Record<string, unknown>
}

/** The response is RFC 9457 problem+json with this status and type. */
export function assertProblem(t: Test, res: Response, status: number, type: string, message?: string) {
  const what = message === undefined ? '' : `${message}: `
  t.equal(res.statusCode, status, `${what}status ${status}`)
  t.match(String(res.headers['content-type']), /^application\/problem\+json/, `${what}problem+json`)
  const body = res.json()
  t.equal(body.status, status, `${what}body status`)
  t.equal(body.type, type, `${what}type ${type}`)
  return body
}
