import { HIG_OUTGOING } from '../test/helpers/libris-fixtures.ts'
import { LibrisSimulator } from '../test/helpers/libris-simulator.ts'

// `npm run libris:simulator`: the tests' Libris ILL stand-in for local trials, serving the outgoing
// requests of the library "Hig" (test/helpers/libris-fixtures.ts). LIBRIS_SIMULATOR_PORT (default
// 8089) and LIBRIS_SIMULATOR_KEY (default "local-libris-key") set where it listens and the api-key it wants.
const port = Number(process.env.LIBRIS_SIMULATOR_PORT ?? 8089)
const key = process.env.LIBRIS_SIMULATOR_KEY ?? 'local-libris-key'
const simulator = new LibrisSimulator()
simulator.library('Hig', key, HIG_OUTGOING)
await simulator.start(port)
console.log(`Libris simulator: base URL ${simulator.baseUrl}, library code Hig, ${HIG_OUTGOING.length} outgoing requests (Ctrl-C stops it)`)
process.on('SIGINT', () => void simulator.stop().then(() => process.exit(0)))
