import t from 'tap'
import { createTestApp } from '../helpers/app.ts'

// Issue 12 item 8: the shared schemas are named components that operations reference, and the
// problem types and the report's status are enums, so generated clients get named types.
const COMPONENTS = [
  'Problem', 'Job', 'JobEvent', 'JobReport', 'BulkFile', 'SplitPreview', 'RevertReport', 'RevertRecord', 'Profile', 'Grant', 'InventoryPreset',
  'RepositoryRecord', 'RecordLock', 'RecordSet', 'Issue', 'IssueDetail', 'User', 'ApiKey',
  'JobPage', 'JobEventPage', 'RevertRecordPage', 'ProfilePage', 'RepositoryRecordPage', 'IssuePage', 'UserPage',
  'Institution', 'Library', 'Location', 'Vendor', 'Fund', 'ItemPolicy', 'MaterialType',
  'LibraryPage', 'LocationPage', 'VendorPage', 'FundPage', 'ItemPolicyPage', 'MaterialTypePage',
  'PoLine', 'Holding', 'Item', 'Portfolio', 'PoLinePage', 'HoldingPage', 'ItemPage', 'PortfolioPage',
  // Resource sharing (issue 17)
  'IntegrationProfile', 'LibraryCodeMapping', 'Partner', 'BorrowingRequest', 'HarvestReport',
  'IntegrationProfilePage', 'LibraryCodeMappingPage', 'PartnerPage', 'BorrowingRequestPage',
]
// SPEC "Job lifecycle"
const JOB_STATUSES = [
  'PENDING', 'INITIALIZING', 'RUNNING', 'FINALIZING', 'COMPLETED_SUCCESS', 'COMPLETED_WITH_ERRORS', 'COMPLETED_NO_BULKS',
  'MANUAL_HANDLING_REQUIRED', 'CANCELLED', 'FAILED',
]

t.test('the document names its shared schemas and operations refer to them', async (t) => {
  const env = await createTestApp(t, {}, { work: false })
  const document = (await env.app.inject({ method: 'GET', url: '/openapi.json' })).json()
  t.same(Object.keys(document.components.schemas).sort(), [...COMPONENTS].sort(), 'the named components')

  const schemaOf = (path: string, method: string, status: string) =>
    document.paths[path][method].responses[status].content['application/json'].schema.$ref
  const uses: Array<[string, string, string, string]> = [
    ['/v1/jobs', 'get', '200', 'JobPage'],
    ['/v1/jobs/{id}', 'get', '200', 'Job'],
    ['/v1/profiles/{id}/jobs', 'post', '202', 'Job'],
    ['/v1/jobs/{id}/report', 'get', '200', 'JobReport'],
    ['/v1/profiles', 'get', '200', 'ProfilePage'],
    ['/v1/profiles/{id}', 'get', '200', 'Profile'],
    ['/v1/issues', 'get', '200', 'IssuePage'],
    ['/v1/issues/{id}', 'get', '200', 'IssueDetail'],
    ['/v1/records/{mmsId}', 'get', '200', 'RepositoryRecord'],
    ['/v1/users', 'get', '200', 'UserPage'],
    ['/v1/integration-profiles/{id}', 'get', '200', 'IntegrationProfile'],
    ['/v1/integration-profiles/{id}/run', 'post', '202', 'Job'],
    ['/v1/borrowing-requests', 'get', '200', 'BorrowingRequestPage'],
    ['/v1/jobs/{id}/harvest-report', 'get', '200', 'HarvestReport'],
  ]
  for (const [path, method, status, name] of uses) {
    t.equal(schemaOf(path, method, status), `#/components/schemas/${name}`, `${method.toUpperCase()} ${path} ${status} is a ${name}`)
  }
  t.equal(document.components.schemas.JobPage.properties.items.items.$ref, '#/components/schemas/Job', 'a page refers to its item')

  const problemTypes: string[] = document.components.schemas.Problem.properties.type.enum
  for (const type of ['/problems/validation-failed', '/problems/not-found', '/problems/rate-limited', '/problems/uri-too-long', '/problems/headers-too-large']) {
    t.ok(problemTypes.includes(type), `Problem.type lists ${type}`)
  }
  t.same(document.components.schemas.JobReport.properties.status.enum, JOB_STATUSES, 'the report\'s status is the job status enum')

  // A response through a reference still serialises as before.
  const problem = await env.app.inject({ method: 'GET', url: '/v1/jobs/00000000-0000-4000-8000-000000000000', headers: env.admin.headers })
  t.ok(problemTypes.includes(problem.json().type), 'a problem the API sends has a listed type')
  const jobs = await env.app.inject({ method: 'GET', url: '/v1/jobs', headers: env.admin.headers })
  t.same(jobs.json(), { items: [], nextCursor: null })
})
