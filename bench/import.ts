/**
 * End-to-end import throughput: `./nodew node bench/import.ts [--repository N] [--upload M] [--split S] [--cpu-prof DIR]`.
 *
 * The target (issue "Matching, merging and the repository at batch speed"): ≥ 5,000 records/s end
 * to end for an upload of M = 100,000 records against a repository of N = 1,000,000, OCLC matching,
 * half the upload merging into existing records and half added, with the service's peak RSS under
 * 512 MB. This
 *  1. starts the service as a child process (DATABASE_URL's server in a scratch database that is
 *     dropped afterwards, or the embedded PostgreSQL in a temporary folder),
 *  2. builds the repository of N records directly in SQL (setup, not measured): each a real LC
 *     record with its own OCLC number in 035 and that number in the match-key table,
 *  3. builds the upload from the real records of ../shared/marc (jazz_1k, lul_fre_500,
 *     lul_fre_100, 065001035, auth-free), read and written by our own reader and writer, each given
 *     an OCLC number: every other one an existing record's (→ MERGE), the rest new (→ ADD),
 *  4. uploads it through the HTTP API and follows the job to its end,
 * then prints records/s end to end, the split (read) time, when the first and last bulk files were
 * done, the runner's per-stage times (decode, match, apply, summed over the bulk files of both
 * workers' slots), the CPU time the service and the whole machine spent on the import and the
 * machine's time waiting for the disk (steadier than wall time on a shared machine), the
 * write-ahead log the server wrote meanwhile (bytes and full-page images), and the peak RSS (VmHWM).
 *
 * With `--eod` (issue 15, "Set-based"): every record also carries embedded order data — an
 * Innovative 960 (price, fund, vendor) and two 945 items (barcode, location), the III_960 preset —
 * and the same upload is imported `--runs` times (default 3) by a REPOSITORY profile
 * (bibliographic only) and by a NEW_ORDER profile (a PO line, a holding and two items per record)
 * in turn, alternating which goes first. Each import has numbers of its own (its added half new,
 * its merging half other existing records, its barcodes), so no run merges what an earlier one
 * wrote. It prints each run and the medians of both and their ratio; the target is EOD ≥ 60 % of
 * the bibliographic-only throughput.
 */
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { parseArgs } from 'node:util'
import pg from 'pg'
import { readRecords } from '../src/marc/reader.ts'
import type { MarcRecord } from '../src/marc/record.ts'
import { toIso2709 } from '../src/marc/writer.ts'
import { toStoredMarc } from '../src/db/stored-marc.ts'
import { freePort, startNode, waitFor } from '../test/helpers/process.ts'
import { multipart } from '../test/helpers/multipart.ts'

const { values: args } = parseArgs({
  options: {
    repository: { type: 'string', default: '1000000' },
    upload: { type: 'string', default: '100000' },
    split: { type: 'string', default: '50' },
    // Writes the service's CPU profile (node --cpu-prof) into this folder when it exits.
    'cpu-prof': { type: 'string' },
    // Embedded order data beside the bibliographic-only import (see above).
    eod: { type: 'boolean', default: false },
    runs: { type: 'string', default: '3' },
  },
})
const N = Number(args.repository)
const M = Number(args.upload)
const SPLIT = Number(args.split)
const RUNS = args.eod ? Number(args.runs) : 1
const ADMIN_KEY = 'cis_bench_import_admin_key_000000001'
const SOURCES = ['evergreen/jazz_1k.mrc', 'evergreen/lul_fre_500.mrc', 'evergreen/lul_fre_100.mrc', 'marc4j/065001035.mrc', 'evergreen/nepali.marc']

const oclc = (n: number) => `(OCoLC)ocm${String(n).padStart(8, '0')}`

function withOclc(record: MarcRecord, n: number): MarcRecord {
  const fields = record.fields.filter((field) => field.tag !== '035')
  const at = fields.findIndex((field) => field.tag > '035')
  const field = { tag: '035', ind1: ' ', ind2: ' ', subfields: [{ code: 'a', value: oclc(n) }] }
  return { leader: record.leader, fields: at < 0 ? [...fields, field] : [...fields.slice(0, at), field, ...fields.slice(at)] }
}

async function realRecords(): Promise<MarcRecord[]> {
  const records: MarcRecord[] = []
  for (const source of SOURCES) {
    const bytes = await readFile(new URL(`../../shared/marc/${source}`, import.meta.url))
    for await (const item of readRecords(Readable.from([bytes]))) if (item.ok) records.push(item.record)
  }
  return records
}

/** Innovative order data (III_960): a 960 with price, fund and vendor, and two 945 items with barcode and location. */
function withOrder(record: MarcRecord, barcode: string): MarcRecord {
  const field = (tag: string, ...subfields: string[]) => ({ tag, ind1: ' ', ind2: ' ', subfields: subfields.map((s) => ({ code: s.slice(0, 1), value: s.slice(1) })) })
  const fields = record.fields.filter((f) => f.tag !== '945' && f.tag !== '960' && f.tag !== '961')
  return { leader: record.leader, fields: [...fields, field('945', `i${barcode}-1`, 'lstk', 'g1'), field('945', `i${barcode}-2`, 'lstk', 'g2'), field('960', 's24.95', 'uBENCH', 'vBENCH')] }
}

/**
 * Every other record merges into an existing one (spread over the repository), the rest are new.
 * Import `round` has numbers of its own: repository records no earlier round merged into, new OCLC
 * numbers and barcodes (7919 is prime to N, so k·7919 mod N differs for every k < N).
 */
function buildUpload(pool: readonly MarcRecord[], round: number): Buffer {
  const parts: Uint8Array[] = []
  for (let i = 0; i < M; i++) {
    const k = round * M + i
    const n = i % 2 === 0 ? 1 + ((k * 7919) % N) : N + 1 + k
    const record = withOclc(pool[i % pool.length] as MarcRecord, n)
    parts.push(toIso2709(args.eod ? withOrder(record, `B${k}`) : record))
  }
  return Buffer.concat(parts)
}

async function seedRepository(url: string, template: MarcRecord): Promise<void> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  const { rows } = await client.query<{ id: string }>('SELECT id FROM institutions LIMIT 1')
  const institution = rows[0]?.id
  // Stored as the repository stores MARC (src/db/stored-marc.ts): the 035 is the last field.
  const fields = JSON.stringify(toStoredMarc({ leader: template.leader, fields: template.fields.filter((field) => field.tag !== '035' && field.tag !== '001') })[1])
  const batch = 100_000
  for (let from = 1; from <= N; from += batch) {
    const to = Math.min(N, from + batch - 1)
    // The match key is the record's own OCLC number; a CTE carries n from the insert to its key.
    await client.query(
      `WITH made AS (
         INSERT INTO records (institution_id, marc, version_005, brief_level, inventory_type)
         SELECT $1, jsonb_build_array($2::text, $3::jsonb || jsonb_build_array(jsonb_build_array('035', ' ', ' ', 'a', '(OCoLC)ocm' || lpad(g::text, 8, '0')))),
                NULL, 10, 'PHYSICAL'
         FROM generate_series($4::int, $5::int) AS g
         RETURNING mms_id, marc
       )
       INSERT INTO record_match_keys (institution_id, kind, value, mms_id, cancelled)
       SELECT $1, 'OCLC', ltrim(substr(marc #>> '{1,-1,4}', 11), '0'), mms_id, false FROM made`,
      [institution, template.leader, fields, from, to],
    )
    process.stdout.write(`\rrepository: ${to.toLocaleString()} of ${N.toLocaleString()} records`)
  }
  await client.query('ANALYZE records; ANALYZE record_match_keys')
  await client.end()
  process.stdout.write('\n')
}

/**
 * CPU seconds used so far by the service's process, and by the whole machine: busy (every core's
 * user and system time) and waiting for the disk (iowait). The machine's figures stand for
 * PostgreSQL's share on a machine that runs nothing else; a backend's own counters would miss the
 * backends that exited meanwhile.
 */
async function cpuSeconds(servicePid: number): Promise<{ service: number; busy: number; iowait: number }> {
  const stat = await readFile(`/proc/${servicePid}/stat`, 'utf8')
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  // The first line of /proc/stat: cpu user nice system idle iowait irq softirq steal …
  const [user, nice, system, , iowait, irq, softirq, steal] = ((await readFile('/proc/stat', 'utf8')).split('\n')[0] ?? '').trim().split(/\s+/).slice(1).map(Number)
  // Linux reports in clock ticks of 1/100 s.
  return {
    service: (Number(fields[11]) + Number(fields[12])) / 100,
    busy: ((user ?? 0) + (nice ?? 0) + (system ?? 0) + (irq ?? 0) + (softirq ?? 0) + (steal ?? 0)) / 100,
    iowait: (iowait ?? 0) / 100,
  }
}

/** The server's write-ahead log so far (pg_stat_wal): bytes and full-page images. */
async function walSoFar(dbUrl: string): Promise<{ bytes: number; fpi: number }> {
  const client = new pg.Client({ connectionString: dbUrl })
  await client.connect()
  const { rows } = await client.query<{ bytes: string; fpi: string }>('SELECT wal_bytes::bigint AS bytes, wal_fpi AS fpi FROM pg_stat_wal')
  await client.end()
  return { bytes: Number(rows[0]?.bytes ?? 0), fpi: Number(rows[0]?.fpi ?? 0) }
}

function peakRssMb(pid: number): Promise<number> {
  return readFile(`/proc/${pid}/status`, 'utf8').then((status) => Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024)
}

/**
 * Uploads `upload` to the profile through the HTTP API, follows the job to its end and prints its
 * figures; answers its records/s end to end.
 */
async function importAndReport(base: string, headers: Record<string, string>, dbUrl: string, pid: number, profileId: string, upload: Buffer): Promise<number> {
  const body = multipart([{ name: 'bench.mrc', content: upload }])
  const cpuBefore = await cpuSeconds(pid)
  const walBefore = await walSoFar(dbUrl)
  const t = performance.now()
  const started = await fetch(`${base}/v1/profiles/${profileId}/jobs`, { method: 'POST', headers: { ...headers, ...body.headers }, body: body.payload })
  const job = (await started.json()) as { id: string }
  const uploaded = performance.now() - t
  let status = ''
  let progress = { recordsDone: 0, recordsTotal: 0 }
  while (!['COMPLETED_SUCCESS', 'COMPLETED_WITH_ERRORS', 'FAILED', 'CANCELLED', 'MANUAL_HANDLING_REQUIRED'].includes(status)) {
    await new Promise((resolve) => setTimeout(resolve, 250))
    const res = (await (await fetch(`${base}/v1/jobs/${job.id}`, { headers })).json()) as { status: string; progress: typeof progress }
    status = res.status
    progress = res.progress
    process.stdout.write(`\r${status} ${progress.recordsDone}/${progress.recordsTotal}   `)
  }
  const elapsed = (performance.now() - t) / 1000
  const cpuAfter = await cpuSeconds(pid)
  const walAfter = await walSoFar(dbUrl)
  process.stdout.write('\n')
  const report = (await (await fetch(`${base}/v1/jobs/${job.id}/report`, { headers })).json()) as { counters: Record<string, number> }
  const client = new pg.Client({ connectionString: dbUrl })
  await client.connect()
  const timings = await client.query<{ stage_ms: Record<string, number>; split_s: number; first_s: number; bulk_s: number; finalize_s: number }>(
    `WITH t AS (
       SELECT j.stage_ms, j.started_at,
              (SELECT min(created_at) FROM job_events e WHERE e.job_id = j.id AND e.status = 'RUNNING') AS running_at,
              (SELECT min(processed_at) FROM bulk_files b WHERE b.job_id = j.id) AS first_done,
              (SELECT max(processed_at) FROM bulk_files b WHERE b.job_id = j.id) AS last_done,
              (SELECT max(created_at) FROM job_events e WHERE e.job_id = j.id) AS ended_at
       FROM jobs j WHERE j.id = $1
     )
     SELECT stage_ms, extract(epoch FROM running_at - started_at) AS split_s, extract(epoch FROM first_done - running_at) AS first_s,
            extract(epoch FROM last_done - running_at) AS bulk_s, extract(epoch FROM ended_at - last_done) AS finalize_s
     FROM t`,
    [job.id],
  )
  await client.end()
  const row = timings.rows[0]
  console.log(`status: ${status}; added ${report.counters.recordsAdded}, merged ${report.counters.recordsMerged}, not imported ${report.counters.recordsNotImported}` +
      ((report.counters.poLinesImported ?? 0) > 0 ? `; PO lines ${report.counters.poLinesImported}, holdings added ${report.counters.holdingsAdded}, items ${report.counters.itemsImported}` : ''))
  console.log(`end to end: ${elapsed.toFixed(1)} s → ${Math.round(M / elapsed).toLocaleString()} records/s (upload ${(uploaded / 1000).toFixed(1)} s)`)
  console.log(`split (read, parse, store): ${Number(row?.split_s ?? 0).toFixed(1)} s; runner stages (summed over concurrent slots): ${JSON.stringify(row?.stage_ms)}`)
  const seconds = (value: number | undefined) => `${Number(value ?? 0).toFixed(1)} s`
  console.log(`after the split: first bulk file done ${seconds(row?.first_s)}, last ${seconds(row?.bulk_s)}; finalize ${seconds(row?.finalize_s)}`)
  const perRecord = (seconds: number) => `${((seconds * 1_000_000) / M).toFixed(0)} µs/record`
  const service = cpuAfter.service - cpuBefore.service
  const busy = cpuAfter.busy - cpuBefore.busy
  console.log(
    `CPU during the import: service ${service.toFixed(1)} s (${perRecord(service)}); the machine busy ${busy.toFixed(1)} s (${perRecord(busy)}), ` +
      `waiting for the disk ${(cpuAfter.iowait - cpuBefore.iowait).toFixed(1)} s`,
  )
  const wal = { bytes: walAfter.bytes - walBefore.bytes, fpi: walAfter.fpi - walBefore.fpi }
  console.log(`write-ahead log: ${(wal.bytes / 1024 / 1024).toFixed(0)} MiB (${Math.round(wal.bytes / M).toLocaleString()} bytes/record), ${wal.fpi.toLocaleString()} full-page images`)
  return M / elapsed
}

async function main() {
  const port = await freePort()
  let url = process.env.DATABASE_URL
  let dataDir: string | null = null
  let scratch: string | null = null
  if (url === undefined || url === '') {
    dataDir = await mkdtemp(join(tmpdir(), 'cis-bench-'))
    await chmod(dataDir, 0o755)
  } else {
    scratch = `cis_bench_import_${process.pid}`
    const admin = new pg.Client({ connectionString: url })
    await admin.connect()
    await admin.query(`CREATE DATABASE ${scratch}`)
    await admin.end()
    const parsed = new URL(url)
    parsed.pathname = `/${scratch}`
    url = parsed.toString()
  }
  const embeddedPort = await freePort()
  const server = startNode('src/server.ts', {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    PORT: String(port),
    LOG_LEVEL: 'warn',
    BOOTSTRAP_ADMIN_KEY: ADMIN_KEY,
    RATE_LIMIT_PER_MINUTE: '0',
    // The heap cap `npm start` runs the service with (package.json).
    NODE_OPTIONS: `--max-old-space-size=1024${args['cpu-prof'] === undefined ? '' : ` --cpu-prof --cpu-prof-dir=${args['cpu-prof']}`}`,
    ...(dataDir === null ? { DATABASE_URL: url } : { DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(embeddedPort) }),
  })
  const base = `http://127.0.0.1:${port}`
  const headers = { authorization: `Bearer ${ADMIN_KEY}` }
  try {
    await waitFor('the service', async () => ((await fetch(`${base}/ready`)).ok ? true : undefined), 120_000)
    const dbUrl = url ?? `postgres://postgres:postgres@127.0.0.1:${embeddedPort}/catalog_import`
    const pool = await realRecords()
    console.log(`real records to build from: ${pool.length}`)
    const t = performance.now()
    await seedRepository(dbUrl, pool[0] as MarcRecord)
    console.log(`repository of ${N.toLocaleString()} built in ${((performance.now() - t) / 1000).toFixed(1)} s (setup, not measured)`)
    const post = async (path: string, payload: object) => {
      const res = await fetch(`${base}${path}`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(payload) })
      if (!res.ok) throw new Error(`POST ${path}: ${res.status} ${await res.text()}`)
      return (await res.json()) as { id: string }
    }
    const match = { method: 'OCLC', singleMatchAction: 'MERGE', noMatchAction: 'ADD' }
    const bibliographic = await post('/v1/profiles', { name: 'bench', type: 'REPOSITORY', splitSize: SPLIT, match })
    let ordering: { id: string } | null = null
    if (args.eod) {
      // What the 960/945 fields name: a library with the items' location, the vendor and the fund.
      const library = await post('/v1/libraries', { code: 'MAIN', name: 'Main Library' })
      await post(`/v1/libraries/${library.id}/locations`, { code: 'stk', name: 'Stacks' })
      await post('/v1/vendors', { code: 'BENCH', name: 'Bench Books', currency: 'USD' })
      await post('/v1/funds', { code: 'BENCH', name: 'Bench fund' })
      ordering = await post('/v1/profiles', { name: 'bench EOD', type: 'NEW_ORDER', splitSize: SPLIT, match, inventory: { type: 'PHYSICAL', library: 'MAIN', preset: 'III_960' } })
      if (2 * RUNS * M > N) console.log(`note: ${2 * RUNS} imports of ${M} records against ${N}: later imports merge into records earlier ones merged into`)
    }
    const pid = server.child.pid as number
    const runs: Array<{ kind: 'bibliographic' | 'EOD'; perSecond: number }> = []
    for (let run = 0; run < RUNS; run++) {
      // Alternating which goes first, so a drift of the machine's load does not favour one kind.
      const kinds = ordering === null ? (['bibliographic'] as const) : run % 2 === 0 ? (['bibliographic', 'EOD'] as const) : (['EOD', 'bibliographic'] as const)
      for (const [i, kind] of kinds.entries()) {
        const profileId = kind === 'EOD' ? (ordering?.id ?? '') : bibliographic.id
        const upload = buildUpload(pool, run * 2 + i)
        console.log(`${args.eod ? `run ${run + 1}, ${kind}: ` : ''}upload: ${M.toLocaleString()} records, ${(upload.length / 1024 / 1024).toFixed(1)} MiB`)
        runs.push({ kind, perSecond: await importAndReport(base, headers, dbUrl, pid, profileId, upload) })
      }
    }
    if (ordering !== null) {
      const median = (kind: string) => {
        const sorted = runs.filter((r) => r.kind === kind).map((r) => r.perSecond).sort((a, b) => a - b)
        return sorted[Math.floor(sorted.length / 2)] ?? 0
      }
      const list = (kind: string) => runs.filter((r) => r.kind === kind).map((r) => Math.round(r.perSecond).toLocaleString()).join(' / ')
      const [bib, eod] = [median('bibliographic'), median('EOD')]
      console.log(`bibliographic only: ${list('bibliographic')} records/s (median ${Math.round(bib).toLocaleString()})`)
      console.log(`EOD (PO line + 2 items): ${list('EOD')} records/s (median ${Math.round(eod).toLocaleString()})`)
      console.log(`EOD / bibliographic only: ${((eod / bib) * 100).toFixed(0)} % (target ≥ 60 %)`)
    }
    console.log(`service peak RSS: ${(await peakRssMb(server.child.pid as number)).toFixed(0)} MB`)
  } finally {
    server.child.kill('SIGTERM')
    await server.exited
    if (dataDir !== null) await rm(dataDir, { recursive: true, force: true })
    if (scratch !== null && process.env.DATABASE_URL !== undefined) {
      const admin = new pg.Client({ connectionString: process.env.DATABASE_URL })
      await admin.connect()
      await admin.query(`DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`)
      await admin.end()
    }
  }
}

await main()
