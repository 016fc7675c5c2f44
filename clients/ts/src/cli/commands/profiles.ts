import type { Command } from 'commander'
import type { CatalogClient } from '../../client.ts'
import { paginate } from '../../paginate.ts'
import { ok } from '../../problem.ts'
import type { Profile, ProfileSummary } from '../../types.ts'
import { type CliContext, isUuid, table, UsageError } from '../context.ts'

async function allProfiles(client: CatalogClient): Promise<ProfileSummary[]> {
  const profiles: ProfileSummary[] = []
  for await (const profile of paginate((cursor) => client.api.GET('/v1/profiles', { params: { query: { limit: 200, ...(cursor === undefined ? {} : { cursor }) } } }))) {
    profiles.push(profile)
  }
  return profiles
}

/** A profile by its id, or by its name when that names exactly one. */
export async function resolveProfile(client: CatalogClient, reference: string): Promise<Profile> {
  const get = (id: string) => ok(client.api.GET('/v1/profiles/{id}', { params: { path: { id } } }))
  if (isUuid(reference)) return get(reference)
  const named = (await allProfiles(client)).filter((profile) => profile.name === reference)
  if (named.length === 1 && named[0] !== undefined) return get(named[0].id)
  if (named.length === 0) throw new UsageError(`No profile is named "${reference}" (catalog-import profiles list shows them)`)
  throw new UsageError(`${named.length} profiles are named "${reference}": give the id (${named.map((profile) => profile.id).join(', ')})`)
}

export function registerProfiles(program: Command, cli: CliContext): void {
  const profiles = program.command('profiles').description('Import profiles')
  profiles
    .command('list')
    .description('The profiles you may see')
    .action(
      cli.run(async () => {
        const all = await allProfiles(await cli.client())
        cli.result(all, () =>
          table(
            ['ID', 'TYPE', 'MATCH', 'ACTIVE', 'NAME'],
            all.map((profile) => [profile.id, profile.type, profile.match.method, profile.active ? 'yes' : 'no', profile.name]),
          ),
        )
      }),
    )
  profiles
    .command('show')
    .description('One profile, by name or id')
    .argument('<profile>', 'name or id')
    .action(
      cli.run(async (reference: string) => {
        const profile = await resolveProfile(await cli.client(), reference)
        cli.result(profile, () => JSON.stringify(profile, null, 2))
      }),
    )
}
