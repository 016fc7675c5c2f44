import { Readable } from 'node:stream'
import type { LightMyRequestResponse } from 'fastify'
import type { Test } from 'tap'
import type { JobReport } from '../../src/domain/import/report.ts'
import { readRecords } from '../../src/marc/reader.ts'
import type { MarcRecord } from '../../src/marc/record.ts'
import { toIso2709 } from '../../src/marc/writer.ts'
import type { TestApp, TestUser } from './app.ts'
import { multipart } from './multipart.ts'
import { ALL_RECORDS_DECIDED, reportViolations, type ReportView } from './report-check.ts'
import { readSharedMarc } from './shared.ts'

export async function createProfile(env: TestApp, profile: object): Promise<string> {
  const res = await env.app.inject({ method: 'POST', url: '/v1/profiles', headers: env.admin.headers, payload: { name: `p-${Math.random()}`, type: 'REPOSITORY', ...profile } })
  if (res.statusCode !== 201) throw new Error(`profile not created: ${res.body}`)
  return res.json().id
}

export async function startImport(env: TestApp, profileId: string, content: Buffer, as: TestUser = env.admin, fields: Record<string, string> = {}): Promise<string> {
  const body = multipart([{ name: 'records.mrc', content }], fields)
  const res = await env.app.inject({ method: 'POST', url: `/v1/profiles/${profileId}/jobs`, headers: { ...as.headers, ...body.headers }, payload: body.payload })
  if (res.statusCode !== 202) throw new Error(`import not started: ${res.body}`)
  return res.json().id
}

const FINISHED = ['COMPLETED_SUCCESS', 'COMPLETED_WITH_ERRORS', 'COMPLETED_NO_BULKS', 'CANCELLED', 'FAILED', 'MANUAL_HANDLING_REQUIRED']

export async function waitForJob(env: TestApp, jobId: string) {
  for (let i = 0; i < 1200; i++) {
    const res: LightMyRequestResponse = await env.app.inject({ method: 'GET', url: `/v1/jobs/${jobId}`, headers: env.admin.headers })
    if (FINISHED.includes(res.json().status)) return res.json()
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`job ${jobId} did not finish`)
}

/** The job's report, after asserting the invariant every report must satisfy. */
export async function reportOf(t: Test, env: TestApp, jobId: string): Promise<JobReport> {
  const res = await env.app.inject({ method: 'GET', url: `/v1/jobs/${jobId}/report`, headers: env.admin.headers })
  const report = res.json() as JobReport & ReportView
  t.same(reportViolations(report, ALL_RECORDS_DECIDED.includes(report.status)), [], `the report of job ${jobId} adds up`)
  return report
}

/** Imports and waits; answers the finished job and its (checked) report. */
export async function runImport(t: Test, env: TestApp, profileId: string, content: Buffer) {
  const job = await waitForJob(env, await startImport(env, profileId, content))
  return { job, report: await reportOf(t, env, job.id) }
}

/** The ok records of a shared MARC file, read by our reader. */
export async function sharedRecords(path: string): Promise<MarcRecord[]> {
  const records: MarcRecord[] = []
  for await (const item of readRecords(Readable.from([readSharedMarc(path)]))) if (item.ok) records.push(item.record)
  return records
}

/** Gives each record one OCLC number (replacing its 035s), so real records can be matched. */
export function withOclc(records: readonly MarcRecord[], number: (index: number) => number): MarcRecord[] {
  return records.map((record, index) => ({
    leader: record.leader,
    fields: [
      ...record.fields.filter((field) => field.tag < '035'),
      { tag: '035', ind1: ' ', ind2: ' ', subfields: [{ code: 'a', value: `(OCoLC)ocm${String(number(index)).padStart(8, '0')}` }] },
      ...record.fields.filter((field) => field.tag > '035'),
    ],
  }))
}

export function iso2709(records: readonly MarcRecord[]): Buffer {
  return Buffer.concat(records.map((record) => toIso2709(record)))
}
