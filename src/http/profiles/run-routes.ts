import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { toJob } from '../../services/jobs.service.ts'
import type { ProfileRunsService } from '../../services/profile-runs.ts'
import { access } from '../access.ts'
import { ref } from '../components.ts'
import { principalOf } from '../plugins/auth.ts'
import { AUTHENTICATED_ERRORS, IdParams, problemResponses, StringEnum, Uuid } from '../schemas.ts'

export const RemoteFile = Type.Object(
  {
    name: Type.String(),
    sizeBytes: Type.Integer({ minimum: 0 }),
    modifiedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()], { description: 'As the server reports it; null when it reports none' }),
    matches: Type.Boolean({ description: 'The name matches one of the profile\'s file-name patterns' }),
    loaded: Type.Union([Type.Object({ loadedAt: Type.String({ format: 'date-time' }), loadJobId: Uuid }), Type.Null()], {
      description: 'When this file — this name, size and modification time — was loaded, and by which load job; null if never',
    }),
  },
  { additionalProperties: false },
)

const RemoteFileList = Type.Object(
  {
    directory: Type.String(),
    items: Type.Array(RemoteFile, { description: 'Every plain file of the input directory, by name' }),
  },
  { additionalProperties: false },
)

const CONNECTION_OUTCOMES = ['REACHABLE', 'UNREACHABLE', 'AUTH_FAILED', 'DIRECTORY_MISSING', 'LISTING_FAILED'] as const
const ConnectionTest = Type.Object(
  {
    outcome: StringEnum(CONNECTION_OUTCOMES, {
      description: 'REACHABLE: logged in and listed the input directory; otherwise the first step that failed',
    }),
    detail: Type.String({ description: 'What the server said, in words' }),
  },
  { additionalProperties: false },
)

/** Run now, what the server holds, and whether it can be reached: the routes of an FTP profile's server. */
export const profileRunRoutes: FastifyPluginAsyncTypebox<{ runs: ProfileRunsService }> = async (app, { runs }) => {
  const tags = ['profiles']

  app.post(
    '/profiles/:id/run',
    {
      config: { access: access.profile('run') },
      schema: {
        operationId: 'runProfile',
        tags,
        summary: 'Fetch and load an FTP profile\'s new files now',
        description:
          'Starts the fetch job (`Metadata Import w/FTP: <profile>`, kind FTP_FETCH): it lists the input directory, downloads the files matching the patterns that were not loaded before (a file is known by name, size and modification time), and creates the load job `Metadata Import: <profile> (FTP)` over them, linked to it. Follow the `Location`. Only FTP profiles that are active can run (409 otherwise).',
        params: IdParams,
        response: {
          202: { ...ref('Job'), headers: { Location: { type: 'string' } } },
          ...problemResponses(...AUTHENTICATED_ERRORS, 404, 409),
        },
      },
    },
    async (request, reply) => {
      const job = toJob(await runs.run(principalOf(request), request.params.id))
      return reply.code(202).header('location', `/v1/jobs/${job.id}`).send(job)
    },
  )

  app.get(
    '/profiles/:id/remote-files',
    {
      config: { access: access.profile('run') },
      schema: {
        operationId: 'listRemoteFiles',
        tags,
        summary: 'The files on an FTP profile\'s server, and which were loaded',
        description:
          'Reads the input directory now, with the profile\'s stored credentials: every file, whether it matches the file-name patterns and whether it was loaded (so a run would skip it). 502 when the server cannot be reached or read.',
        params: IdParams,
        response: { 200: RemoteFileList, ...problemResponses(...AUTHENTICATED_ERRORS, 404, 409, 502) },
      },
    },
    async (request) => runs.remoteFiles(principalOf(request), request.params.id),
  )

  app.post(
    '/profiles/:id/test-connection',
    {
      config: { access: access.profile('manage') },
      schema: {
        operationId: 'testProfileConnection',
        tags,
        summary: 'Whether an FTP profile\'s server can be reached, logged into and listed',
        description: 'Connects with the stored settings and credentials, logs in, opens the input directory and lists it; answers the outcome of the first step that failed, or REACHABLE.',
        params: IdParams,
        response: { 200: ConnectionTest, ...problemResponses(...AUTHENTICATED_ERRORS, 404, 409) },
      },
    },
    async (request) => runs.testConnection(principalOf(request), request.params.id),
  )
}
