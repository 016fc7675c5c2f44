/**
 * `npm run sdk` writes the SDK's types (clients/ts/src/generated/openapi.ts) from the committed
 * OpenAPI document; `--check` fails (exit 1) when the committed file differs from what the document
 * generates, so a change to openapi/ without `npm run sdk` fails CI.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import openapiTS, { astToString } from 'openapi-typescript'

const document = new URL('../../../openapi/openapi.json', import.meta.url)
const target = fileURLToPath(new URL('../src/generated/openapi.ts', import.meta.url))

const ast = await openapiTS(document, {
  // Named component schemas (Problem, …) also become top-level types: `import type { Problem }`.
  rootTypes: true,
  rootTypesNoSchemaPrefix: true,
  silent: true,
})
const header = '// Generated from openapi/openapi.json by `npm run sdk` (openapi-typescript). Do not edit.\n\n'
const generated = header + astToString(ast)

if (process.argv.includes('--check')) {
  const committed = await readFile(target, 'utf8').catch(() => '')
  if (committed !== generated) {
    console.error('clients/ts/src/generated/openapi.ts is stale: run `npm run sdk` and commit the result')
    process.exit(1)
  }
  console.log('clients/ts/src/generated/openapi.ts matches openapi/openapi.json')
} else {
  await writeFile(target, generated)
  console.log(`wrote ${target}`)
}
