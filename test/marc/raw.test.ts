/**
 * Nothing is lost silently: in every binary file, the raw bytes of the items (records and
 * rejected pieces alike) follow each other through the file, and whatever lies between them is
 * padding (blanks, line ends, NUL, Ctrl-Z).
 */
import t from 'tap'
import { readSharedMarc } from '../helpers/shared.ts'
import { readAll, sharedRecordFiles } from './helpers.ts'

const PADDING = new Set([0x20, 0x0a, 0x0d, 0x09, 0x00, 0x1a])

for (const file of sharedRecordFiles().filter((f) => !/\.(xml|json)$/.test(f))) {
  t.test(file, async (t) => {
    const bytes = readSharedMarc(file)
    const items = await readAll(bytes)
    let at = 0
    let unaccounted = 0
    for (const item of items) {
      const found = bytes.indexOf(item.raw, at)
      t.ok(found >= 0, `item ${item.position} is a piece of the file`)
      for (let i = at; i < found; i++) if (!PADDING.has(bytes[i] ?? 0)) unaccounted++
      at = found + item.raw.length
    }
    for (let i = at; i < bytes.length; i++) if (!PADDING.has(bytes[i] ?? 0)) unaccounted++
    t.equal(unaccounted, 0, 'every other byte is padding')
  })
}
