import { Presets, SingleBar } from 'cli-progress'
import type { Job } from '../types.ts'

export interface ProgressView {
  update(job: Job): void
  stop(): void
}

/** Records per second since the view first saw the job, and the seconds left at that rate. */
class Pace {
  #start: { at: number; done: number } | null = null
  readonly #now: () => number

  constructor(now: () => number) {
    this.#now = now
  }

  measure(done: number, total: number): { rate: number; etaSeconds: number | null } {
    const at = this.#now()
    this.#start ??= { at, done }
    const seconds = (at - this.#start.at) / 1000
    const rate = seconds > 0 ? (done - this.#start.done) / seconds : 0
    return { rate, etaSeconds: rate > 0 && total > 0 ? Math.max(0, Math.round((total - done) / rate)) : null }
  }
}

export function formatEta(seconds: number | null): string {
  if (seconds === null) return '–'
  const minutes = Math.floor(seconds / 60)
  return minutes > 0 ? `${minutes}m ${String(seconds % 60).padStart(2, '0')}s` : `${seconds}s`
}

/**
 * The progress of a followed job: a redrawn bar on a terminal, one plain line per change of status
 * or records done elsewhere (a log file, a CI job), so a pipe never receives cursor movements.
 */
export function progressView(stream: NodeJS.WritableStream & { isTTY?: boolean }, now: () => number = Date.now): ProgressView {
  const pace = new Pace(now)
  if (stream.isTTY !== true) {
    let last = ''
    return {
      update(job) {
        const { recordsDone, recordsTotal, percent } = job.progress
        const { rate, etaSeconds } = pace.measure(recordsDone, recordsTotal)
        const state = `${job.status} ${recordsDone} ${recordsTotal}`
        if (state === last) return
        last = state
        stream.write(`${job.statusLabel}: ${recordsDone}/${recordsTotal} records (${percent}%), ${Math.round(rate)} records/s, ETA ${formatEta(etaSeconds)}\n`)
      },
      stop() {},
    }
  }
  const bar = new SingleBar(
    {
      stream,
      format: '{bar} {percentage}% | {value}/{total} records | {rate} records/s | ETA {timeLeft} | {status}',
      hideCursor: true,
      clearOnComplete: false,
      // The stream's messages come about twice a second; redrawing faster shows nothing new.
      fps: 5,
    },
    Presets.shades_classic,
  )
  let started = false
  return {
    update(job) {
      const { recordsDone, recordsTotal } = job.progress
      const { rate, etaSeconds } = pace.measure(recordsDone, recordsTotal)
      const payload = { rate: Math.round(rate), timeLeft: formatEta(etaSeconds), status: job.statusLabel }
      if (!started) {
        bar.start(recordsTotal, recordsDone, payload)
        started = true
        return
      }
      bar.setTotal(recordsTotal)
      bar.update(recordsDone, payload)
    },
    stop() {
      if (started) bar.stop()
    },
  }
}
