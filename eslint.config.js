import js from '@eslint/js'
import tseslint from 'typescript-eslint'

/**
 * The layers of src/ (README "Architecture"): an import only ever points down this list —
 * http → services → jobs → runner → pipeline → domain → marc — and every layer may use db/ and
 * errors.ts; db/ itself uses only domain/ and marc/ (its tables are typed with the domain's unions).
 * Nothing but src/http/ and the process wiring (app.ts, server.ts, worker.ts) imports src/http/.
 * For each folder: the top-level names of src/ it may not import.
 */
const WIRING = ['app', 'server', 'worker', 'runner-thread', 'runner-thread-main', 'boot', 'config']
const FORBIDDEN = {
  http: ['app', 'server', 'worker', 'boot'],
  services: [...WIRING, 'http', 'runner'],
  jobs: [...WIRING, 'http', 'services', 'runner'],
  runner: [...WIRING, 'http', 'services'],
  pipeline: [...WIRING, 'http', 'services', 'jobs', 'runner'],
  domain: [...WIRING, 'http', 'services', 'jobs', 'runner', 'pipeline', 'db'],
  marc: [...WIRING, 'http', 'services', 'jobs', 'runner', 'pipeline', 'domain', 'db'],
  db: [...WIRING, 'http', 'services', 'jobs', 'runner', 'pipeline'],
}

/**
 * A relative import reaches a top-level name of src/ by climbing exactly as many folders as the
 * file is deep (src/domain/revert/revert.ts importing ../jobs/ stays inside domain/), so there is
 * one block per depth.
 */
function layerRules() {
  const blocks = []
  for (const [folder, names] of Object.entries(FORBIDDEN)) {
    for (let depth = 1; depth <= 5; depth++) {
      blocks.push({
        files: [`src/${folder}/${'*/'.repeat(depth - 1)}*.ts`],
        rules: {
          'no-restricted-imports': [
            'error',
            {
              patterns: [
                {
                  regex: `^(\\.\\./){${depth}}(${names.join('|')})(/|\\.ts$)`,
                  message: `src/${folder}/ may not import this: imports only point down the layers (README "Architecture").`,
                },
                // Only the HTTP layer knows Fastify and its plugins.
                ...(folder === 'http' ? [] : [{ regex: '^(fastify|@fastify/)', message: `src/${folder}/ may not depend on Fastify: only src/http/ and the process wiring do.` }]),
              ],
            },
          ],
        },
      })
    }
  }
  // The process settings are read before anything runs: config.ts takes its defaults from the domain only.
  blocks.push({
    files: ['src/config.ts', 'src/errors.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^\\./(http|services|jobs|runner|pipeline|db|marc|app|server|worker|boot)(/|\\.ts$)', message: 'config.ts and errors.ts sit below every layer.' }] },
      ],
    },
  })
  return blocks
}

export default tseslint.config(
  { ignores: ['node_modules/', '.tools/', 'data/', '.tmp/', '.tap/', 'openapi/', 'clients/ts/src/generated/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
      // MARC is delimited by control characters (0x1D, 0x1E, 0x1F); matching them is the job.
      'no-control-regex': 'off',
    },
  },
  ...layerRules(),
  { files: ['scripts/**', 'bench/**', 'clients/ts/scripts/**'], rules: { 'no-console': 'off' } },
)
