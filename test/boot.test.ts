import { Writable } from 'node:stream'
import t from 'tap'
import { createLogger, runShutdownPhases } from '../src/boot.ts'

t.test('shutdown: a phase that fails is logged and the phases after it still run', async (t) => {
  const lines: string[] = []
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk))
      done()
    },
  })
  const closed: string[] = []
  await runShutdownPhases(createLogger({ logLevel: 'error' }, sink), [
    ['http', async () => closed.push('http')],
    ['runner', async () => Promise.reject(new Error('the runner would not stop'))],
    ['database pool', async () => closed.push('database pool')],
    ['embedded postgres', async () => closed.push('embedded postgres')],
  ])
  t.same(closed, ['http', 'database pool', 'embedded postgres'])
  t.equal(lines.length, 1)
  t.match(JSON.parse(lines[0] ?? '{}'), { phase: 'runner', err: { message: 'the runner would not stop' } })
})
