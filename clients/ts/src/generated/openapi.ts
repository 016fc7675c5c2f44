// Generated from openapi/openapi.json by `npm run sdk` (openapi-typescript). Do not edit.

export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The process is up
         * @description Access: No authentication.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The database answers and its migrations are current
         * @description Access: No authentication.
         */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The user the API key belongs to
         * @description Access: Any authenticated user.
         */
        get: operations["getCurrentUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the users of your institution
         * @description Access: Roles: GENERAL_SYSTEM_ADMINISTRATOR.
         */
        get: operations["listUsers"];
        put?: never;
        /**
         * Create a user with roles
         * @description Access: Roles: GENERAL_SYSTEM_ADMINISTRATOR.
         */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One user
         * @description Access: Roles: GENERAL_SYSTEM_ADMINISTRATOR.
         */
        get: operations["getUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a user's name, roles or active flag
         * @description Access: Roles: GENERAL_SYSTEM_ADMINISTRATOR.
         */
        patch: operations["updateUser"];
        trace?: never;
    };
    "/v1/users/{id}/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A user's API keys (never the secrets)
         * @description Access: Roles: GENERAL_SYSTEM_ADMINISTRATOR.
         */
        get: operations["listApiKeys"];
        put?: never;
        /**
         * Issue an API key for a user; the key is in this response only
         * @description Access: Roles: GENERAL_SYSTEM_ADMINISTRATOR.
         */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{id}/api-keys/{keyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke an API key at once
         * @description Access: Roles: GENERAL_SYSTEM_ADMINISTRATOR.
         */
        delete: operations["revokeApiKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/profiles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List import profiles of the types your roles may see
         * @description Access: Users whose roles may view profiles of the profile's type (see the role table); restricted profiles run only with a grant.
         */
        get: operations["listProfiles"];
        put?: never;
        /**
         * Create an import profile
         * @description Access: Users whose roles may manage profiles of the profile's type (see the role table); restricted profiles run only with a grant.
         */
        post: operations["createProfile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/profiles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One import profile (the FTP password is never returned)
         * @description Access: Users whose roles may view profiles of the profile's type (see the role table); restricted profiles run only with a grant.
         */
        get: operations["getProfile"];
        put?: never;
        post?: never;
        /**
         * Delete an import profile; refused while any of its jobs is unfinished
         * @description Access: Users whose roles may manage profiles of the profile's type (see the role table); restricted profiles run only with a grant.
         */
        delete: operations["deleteProfile"];
        options?: never;
        head?: never;
        /**
         * Change an import profile; needs If-Match with the ETag you read
         * @description Access: Users whose roles may manage profiles of the profile's type (see the role table); restricted profiles run only with a grant.
         */
        patch: operations["updateProfile"];
        trace?: never;
    };
    "/v1/profiles/{id}/grants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Users allowed to run a restricted profile
         * @description Access: Users whose roles may manage profiles of the profile's type (see the role table); restricted profiles run only with a grant.
         */
        get: operations["listProfileGrants"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/profiles/{id}/grants/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whether a user holds a grant for this profile
         * @description Access: Users whose roles may manage profiles of the profile's type (see the role table); restricted profiles run only with a grant.
         */
        get: operations["getProfileGrant"];
        /**
         * Grant a user the right to run this (restricted) profile
         * @description A grant is signed off by someone other than the user who receives it: granting yourself answers 403.
         *
         *     Access: Users whose roles may manage profiles of the profile's type (see the role table); restricted profiles run only with a grant.
         */
        put: operations["putProfileGrant"];
        post?: never;
        /**
         * Take a grant away
         * @description Access: Users whose roles may manage profiles of the profile's type (see the role table); restricted profiles run only with a grant.
         */
        delete: operations["deleteProfileGrant"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inventory-presets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The embedded-order-data mapping presets a profile can start from
         * @description Each preset fills a profile's `inventory.mapping`: order-level targets read once per record, item-level targets once per occurrence of the item field, each from `TAG$code` sources (alternatives in order) with a default. Name one in `inventory.preset`, or copy its mapping into `inventory.mapping` and edit it.
         *
         *     Access: Any authenticated user.
         */
        get: operations["listInventoryPresets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/profiles/{id}/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Fetch and load an FTP profile's new files now
         * @description Starts the fetch job (`Metadata Import w/FTP: <profile>`, kind FTP_FETCH): it lists the input directory, downloads the files matching the patterns that were not loaded before (a file is known by name, size and modification time), and creates the load job `Metadata Import: <profile> (FTP)` over them, linked to it. Follow the `Location`. Only FTP profiles that are active can run (409 otherwise).
         *
         *     Access: Users whose roles may run profiles of the profile's type (see the role table); restricted profiles run only with a grant.
         */
        post: operations["runProfile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/profiles/{id}/remote-files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The files on an FTP profile's server, and which were loaded
         * @description Reads the input directory now, with the profile's stored credentials: every file, whether it matches the file-name patterns and whether it was loaded (so a run would skip it). 502 when the server cannot be reached or read.
         *
         *     Access: Users whose roles may run profiles of the profile's type (see the role table); restricted profiles run only with a grant.
         */
        get: operations["listRemoteFiles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/profiles/{id}/test-connection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Whether an FTP profile's server can be reached, logged into and listed
         * @description Connects with the stored settings and credentials, logs in, opens the input directory and lists it; answers the outcome of the first step that failed, or REACHABLE.
         *
         *     Access: Users whose roles may manage profiles of the profile's type (see the role table); restricted profiles run only with a grant.
         */
        post: operations["testProfileConnection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/profiles/{id}/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A profile's job history, with the profile's summary
         * @description Access: Users whose roles may view profiles of the profile's type (see the role table); restricted profiles run only with a grant.
         */
        get: operations["listProfileJobs"];
        put?: never;
        /**
         * Upload one or more MARC files and start an import job
         * @description multipart/form-data with one or more `file` parts (ISO 2709, MARCXML or MARC-in-JSON; UTF-8 or MARC-8) and optional `label` and `notes` fields. The files are streamed into storage; the job runs in the background — follow the `Location`. With the field `dryRun` = `true` the job is a dry run: the whole pipeline (reading, matching, decisions, counters, the import issues it would open) and a complete report, with nothing written to the repository; `commitDryRun` then runs it for real.
         *
         *     Access: Users whose roles may run profiles of the profile's type (see the role table); restricted profiles run only with a grant.
         */
        post: operations["startImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/profiles/{id}/jobs/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * How an upload would be split, without storing it or starting a job
         * @description The same multipart body as startImport. Answers each file's format, record count, unreadable records and the bulk files it would become.
         *
         *     Access: Users whose roles may run profiles of the profile's type (see the role table); restricted profiles run only with a grant.
         */
        post: operations["previewImportSplit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Jobs of the profile types you may monitor, newest first
         * @description Access: Users whose roles may view profiles of the profile's type (see the role table); restricted profiles run only with a grant.
         */
        get: operations["listJobs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One job: status, progress and counters
         * @description Access: Users whose roles may view profiles of the profile's type (see the role table); restricted profiles run only with a grant.
         */
        get: operations["getJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/jobs/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a job; bulk files already done stay done, nothing is half-done
         * @description Access: Users whose roles may run profiles of the profile's type (see the role table); restricted profiles run only with a grant.
         */
        post: operations["cancelJob"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/jobs/{id}/rerun": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run a Failed or Completed with Errors job again, whole or only some of its bulk files
         * @description A new import job (`rerunOf` names this one) over the stored files this job read, or with `fileIds` over only those bulk files' records. It runs with the profile's current settings, so a corrected profile takes effect; you must be allowed to run the profile now (a restricted profile needs a grant) and it must be active. Send `{}` to re-run everything. Answers 409 for a job in any other status. Follow the `Location`.
         *
         *     Access: Users whose roles may run profiles of the profile's type (see the role table); restricted profiles run only with a grant.
         */
        post: operations["rerunJob"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/jobs/{id}/commit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run a completed dry run for real, over the same stored files
         * @description The body is optional (none, or an empty one, is `{}`). A new import job (not a dry run; `rerunOf` names the dry run) over the files the dry run read, with the profile settings the dry run ran with — so it does what the dry run's report says, unless the repository changed in between. You must be allowed to run the profile now and it must be active. Once per dry run: 409 when the job is not a dry run, is not completed, or was already run for real. Follow the `Location`.
         *
         *     Access: Users whose roles may run profiles of the profile's type (see the role table); restricted profiles run only with a grant.
         */
        post: operations["commitDryRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/jobs/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The job's event log, oldest first
         * @description Access: Users whose roles may view profiles of the profile's type (see the role table); restricted profiles run only with a grant.
         */
        get: operations["listJobEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/jobs/{id}/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The job's bulk files with record counts, outcomes and problems
         * @description Access: Users whose roles may view profiles of the profile's type (see the role table); restricted profiles run only with a grant.
         */
        get: operations["listJobFiles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/jobs/{id}/files/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One bulk file
         * @description Access: Users whose roles may view profiles of the profile's type (see the role table); restricted profiles run only with a grant.
         */
        get: operations["getJobFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/jobs/{id}/events/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Follow a job live: its status, progress and new events as Server-Sent Events
         * @description Send `Accept: text/event-stream`. EventSource cannot send an Authorization header: use a fetch-based SSE client. After `end`, close the connection.
         *
         *     Access: Users whose roles may view profiles of the profile's type (see the role table); restricted profiles run only with a grant.
         */
        get: operations["streamJobEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/jobs/{id}/files/{fileId}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a bulk file: its records in the format they were uploaded in
         * @description Access: Users whose roles may view profiles of the profile's type (see the role table); restricted profiles run only with a grant.
         */
        get: operations["downloadJobFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/jobs/{id}/files/{fileId}/not-imported": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download the records of a bulk file that were not imported, to correct and upload again
         * @description Choose the format with `Accept`: `application/marc` (ISO 2709) or `application/marcxml+xml` (MARCXML); anything else answers 406. Without a preference (no `Accept`, or a wildcard) the records come in the format they were uploaded in (ISO 2709 for MARC-in-JSON). A record goes out as its original bytes when it is asked for in the format it was uploaded in; otherwise it is read and written in the format asked for, and records that cannot be (unreadable ones, or ones too long for ISO 2709) are left out and counted in `X-Records-Not-Converted`.
         *
         *     Access: Users whose roles may view profiles of the profile's type (see the role table); restricted profiles run only with a grant.
         */
        get: operations["downloadJobFileNotImported"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/jobs/{id}/not-imported": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download every record of the job that was not imported, to correct and upload again
         * @description Choose the format with `Accept`: `application/marc` (ISO 2709) or `application/marcxml+xml` (MARCXML); anything else answers 406. Without a preference (no `Accept`, or a wildcard) the records come in the format they were uploaded in (ISO 2709 for MARC-in-JSON). A record goes out as its original bytes when it is asked for in the format it was uploaded in; otherwise it is read and written in the format asked for, and records that cannot be (unreadable ones, or ones too long for ISO 2709) are left out and counted in `X-Records-Not-Converted`. Records come in bulk file order, then in their order in the file.
         *
         *     Access: Users whose roles may view profiles of the profile's type (see the role table); restricted profiles run only with a grant.
         */
        get: operations["downloadJobNotImported"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/jobs/{id}/revert": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Undo a completed import: delete what it added, restore what it merged, overlaid or deleted
         * @description Starts a job of kind `REVERT` (`revertsJob` names this one; follow the `Location`). Records the import added are deleted, records it merged or overlaid get their before-image back, records it deleted come back — each with match keys that follow the restored content.
         *
         *     Records changed since the import (by another job or by hand), deleted since, or locked for editing are **left alone**: the revert then completes with errors, and listRevertRecords lists them with why. The revert writes its own before-images, so the repository history stays complete.
         *
         *     Only Completed Successfully and Completed with Errors import jobs can be reverted, and only once: 409 while a revert of it is under way or after one finished (a failed or cancelled revert may be started again; it skips the records already put back). You must be allowed to run the job's profile (a restricted profile needs a grant). Send `{}` for no label or notes.
         *
         *     Access: Users whose roles may run profiles of the profile's type (see the role table); restricted profiles run only with a grant.
         */
        post: operations["revertJob"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/jobs/{id}/revert-report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A revert job's report: records deleted, restored, undeleted and left alone
         * @description 404 for a job that is not a revert (an import's report is getJobReport).
         *
         *     Access: Users whose roles may view profiles of the profile's type (see the role table); restricted profiles run only with a grant.
         */
        get: operations["getRevertReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/jobs/{id}/revert-report/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The records a revert job put back or left alone, in MMS ID order; the left-alone ones with why
         * @description Access: Users whose roles may view profiles of the profile's type (see the role table); restricted profiles run only with a grant.
         */
        get: operations["listRevertRecords"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/profiles/{id}/import-record": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import one MARC record with a profile and answer its result at once
         * @description The body is exactly one record as `application/marc` (ISO 2709), `application/marcxml+xml` (MARCXML) or `application/marc+json` (MARC-in-JSON), at most 1 MiB; the media type is the record's format, whatever the profile's source format. The record runs through the profile's matching and merge like an uploaded file, in the request, recorded as a job of kind SINGLE_RECORD ("Single Record Import: <profile>") with its events and report. Result codes follow the OCLC gateway export's. A body that is not MARC answers 400 (the job FAILED, or COMPLETED_NO_BULKS for an empty body); several records, or one that cannot be read, answer 422 (the job FAILED without importing anything, or COMPLETED_WITH_ERRORS). Honours `Idempotency-Key`.
         *
         *     Access: Users whose roles may run profiles of the profile's type (see the role table); restricted profiles run only with a grant.
         */
        post: operations["importSingleRecord"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/jobs/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The job report: every counter, so far or final
         * @description For import and single-record jobs; a revert job's report is getRevertReport (404 here, saying so).
         *
         *     Access: Users whose roles may view profiles of the profile's type (see the role table); restricted profiles run only with a grant.
         */
        get: operations["getJobReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/jobs/{id}/report/{counter}/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Preview a report row: up to 50 of the incoming records behind one counter
         * @description Each record with its position in the uploaded file, outcome, reason, the MMS ID it was written to and its title. `total` is the counter's number; download the row for all of its records, or make a set of their repository records (createSet).
         *
         *     Access: Users whose roles may view profiles of the profile's type (see the role table); restricted profiles run only with a grant.
         */
        get: operations["previewJobReportRow"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/jobs/{id}/report/{counter}/download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download the records behind a report row as one gzip-compressed MARC file
         * @description Every record behind the counter (no limit), as uploaded, in bulk file order and then in their order in the file, in one gzip file (`Content-Type: application/gzip`; the body is the .gz file, not a transfer encoding). Choose the MARC inside with `format` (`ISO2709` or `MARCXML`, default: the format the records were uploaded in); `Accept` may only ask for `application/gzip` (or leave it to `*\/*`), anything else answers 406. A record goes out as its original bytes when it is asked for in the format it was uploaded in, so unreadable records come back as they were, to correct and upload again; otherwise it is read and written in the format asked for, and records that cannot be are left out and counted in `X-Records-Not-Converted`.
         *
         *     Access: Users whose roles may view profiles of the profile's type (see the role table); restricted profiles run only with a grant.
         */
        get: operations["downloadJobReportRow"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The repository records a job added, merged, overlaid or deleted
         * @description Access: Users whose roles may view profiles of the profile's type (see the role table); restricted profiles run only with a grant.
         */
        get: operations["listJobRecords"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/records/{mmsId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One repository record, as JSON or as MARC by Accept
         * @description Accept: application/json (the record with its facts and MARC-in-JSON), application/marc (ISO 2709 (binary MARC21, UTF-8)), application/marcxml+xml (MARCXML (MARC21 slim)), application/marc+json (MARC-in-JSON).
         *
         *     Access: Users whose roles may view profiles of the profile's type (see the role table); restricted profiles run only with a grant.
         */
        get: operations["getRecord"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/records/{mmsId}/lock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lock a record for editing (expires after 60 minutes); imports will not change it meanwhile
         * @description Access: Users whose roles may view profiles of the profile's type (see the role table); restricted profiles run only with a grant.
         */
        post: operations["lockRecord"];
        /**
         * Release a record's lock (its holder, or a catalog administrator)
         * @description Access: Users whose roles may view profiles of the profile's type (see the role table); restricted profiles run only with a grant.
         */
        delete: operations["unlockRecord"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Make an itemized set of the repository records behind a job report row
         * @description The members are the repository records the counter's incoming records were written to (their MMS IDs), each once, deleted ones included; incoming records with no repository record are counted in `recordsWithoutRepositoryRecord`. The set is a snapshot: it does not change as the job goes on (see `jobStatus`). Send `Idempotency-Key` to make a retry safe. Follow the `Location`. Sets belong to the institution; you may make and read sets of the jobs you may monitor (the same rule as getJobReport).
         *
         *     Access: Users whose roles may view profiles of the profile's type (see the role table); restricted profiles run only with a grant.
         */
        post: operations["createSet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One set: where it came from and how many records it holds
         * @description Sets belong to the institution; you may make and read sets of the jobs you may monitor (the same rule as getJobReport).
         *
         *     Access: Users whose roles may view profiles of the profile's type (see the role table); restricted profiles run only with a grant.
         */
        get: operations["getSet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sets/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The repository records of a set, as they are now, in MMS ID order
         * @description Sets belong to the institution; you may make and read sets of the jobs you may monitor (the same rule as getJobReport).
         *
         *     Access: Users whose roles may view profiles of the profile's type (see the role table); restricted profiles run only with a grant.
         */
        get: operations["listSetMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/jobs/{id}/issues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The import issues of one job, in the order of its records
         * @description You see the issues of the jobs you may monitor.
         *
         *     Access: Users whose roles may view profiles of the profile's type (see the role table); restricted profiles run only with a grant.
         */
        get: operations["listJobIssues"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/issues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Import issues across the institution, in the order of their jobs' records
         * @description Filter by job, profile, kind, status and dry run. You see the issues of the jobs you may monitor.
         *
         *     Access: Users whose roles may view profiles of the profile's type (see the role table); restricted profiles run only with a grant.
         */
        get: operations["listIssues"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/issues/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One issue: the incoming record, each candidate with the keys that matched and the fields that differ, and why no automatic decision was possible
         * @description You see the issues of the jobs you may monitor.
         *
         *     Access: Users whose roles may view profiles of the profile's type (see the role table); restricted profiles run only with a grant.
         */
        get: operations["getIssue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/issues/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resolve one import issue
         * @description Whoever may run the job's profile resolves its issues (a restricted profile needs a grant). Each resolution is one transaction: the repository change, the record's outcome, the job's counters, an event naming you, and the issue closed; when the last open multi-match of a job waiting for manual handling is resolved, the job completes and its report is final. 409 when the issue was resolved already (by someone else) or closed, belongs to a dry run, its job is not waiting for manual handling (a multi-match), or when the chosen candidate changed, was locked or deleted since it was offered (the detail says which, and the issue then offers it as it is now); 422 when the action does not fit the issue.
         *
         *     Access: Users whose roles may run profiles of the profile's type (see the role table); restricted profiles run only with a grant.
         */
        post: operations["resolveIssue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/issues/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resolve many import issues at once
         * @description Each resolution is applied on its own, all-or-nothing, in request order; the answer has a result per resolution: the issue, or the problem that kept it from being applied (the same ones resolveIssue answers). Whoever may run the job's profile resolves its issues (a restricted profile needs a grant). Each resolution is one transaction: the repository change, the record's outcome, the job's counters, an event naming you, and the issue closed; when the last open multi-match of a job waiting for manual handling is resolved, the job completes and its report is final.
         *
         *     Access: Users whose roles may run profiles of the profile's type (see the role table); restricted profiles run only with a grant.
         */
        post: operations["resolveIssues"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/libraries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the libraries of your institution
         * @description Every user of the institution reads it: staff pick from these lists.
         *
         *     Access: Any authenticated user.
         */
        get: operations["listLibraries"];
        put?: never;
        /**
         * Create a library
         * @description The code is kept exactly as given; a code already taken answers 409.
         *
         *     Access: Roles: GENERAL_SYSTEM_ADMINISTRATOR, CATALOG_ADMINISTRATOR.
         */
        post: operations["createLibrary"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/libraries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One library
         * @description Every user of the institution reads it: staff pick from these lists.
         *
         *     Access: Any authenticated user.
         */
        get: operations["getLibrary"];
        put?: never;
        post?: never;
        /**
         * Delete a library
         * @description Refused with 409 while anything refers to it; deactivate it instead (PATCH with `{"active": false}`).
         *
         *     Access: Roles: GENERAL_SYSTEM_ADMINISTRATOR, CATALOG_ADMINISTRATOR.
         */
        delete: operations["deleteLibrary"];
        options?: never;
        head?: never;
        /**
         * Change a library's code, name or active flag
         * @description Needs If-Match with the ETag you read (428 without it, 412 when it changed since).
         *
         *     Access: Roles: GENERAL_SYSTEM_ADMINISTRATOR, CATALOG_ADMINISTRATOR.
         */
        patch: operations["updateLibrary"];
        trace?: never;
    };
    "/v1/funds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the funds of your institution
         * @description Every user of the institution reads it: staff pick from these lists.
         *
         *     Access: Any authenticated user.
         */
        get: operations["listFunds"];
        put?: never;
        /**
         * Create a fund
         * @description The code is kept exactly as given; a code already taken answers 409.
         *
         *     Access: Roles: GENERAL_SYSTEM_ADMINISTRATOR, ACQUISITIONS_ADMINISTRATOR.
         */
        post: operations["createFund"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/funds/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One fund
         * @description Every user of the institution reads it: staff pick from these lists.
         *
         *     Access: Any authenticated user.
         */
        get: operations["getFund"];
        put?: never;
        post?: never;
        /**
         * Delete a fund
         * @description Refused with 409 while anything refers to it; deactivate it instead (PATCH with `{"active": false}`).
         *
         *     Access: Roles: GENERAL_SYSTEM_ADMINISTRATOR, ACQUISITIONS_ADMINISTRATOR.
         */
        delete: operations["deleteFund"];
        options?: never;
        head?: never;
        /**
         * Change a fund's code, name or active flag
         * @description Needs If-Match with the ETag you read (428 without it, 412 when it changed since).
         *
         *     Access: Roles: GENERAL_SYSTEM_ADMINISTRATOR, ACQUISITIONS_ADMINISTRATOR.
         */
        patch: operations["updateFund"];
        trace?: never;
    };
    "/v1/item-policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the item policies of your institution
         * @description Every user of the institution reads it: staff pick from these lists.
         *
         *     Access: Any authenticated user.
         */
        get: operations["listItemPolicies"];
        put?: never;
        /**
         * Create a item policy
         * @description The code is kept exactly as given; a code already taken answers 409.
         *
         *     Access: Roles: GENERAL_SYSTEM_ADMINISTRATOR, CATALOG_ADMINISTRATOR.
         */
        post: operations["createItemPolicy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/item-policies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One item policy
         * @description Every user of the institution reads it: staff pick from these lists.
         *
         *     Access: Any authenticated user.
         */
        get: operations["getItemPolicy"];
        put?: never;
        post?: never;
        /**
         * Delete a item policy
         * @description Refused with 409 while anything refers to it; deactivate it instead (PATCH with `{"active": false}`).
         *
         *     Access: Roles: GENERAL_SYSTEM_ADMINISTRATOR, CATALOG_ADMINISTRATOR.
         */
        delete: operations["deleteItemPolicy"];
        options?: never;
        head?: never;
        /**
         * Change a item policy's code, name or active flag
         * @description Needs If-Match with the ETag you read (428 without it, 412 when it changed since).
         *
         *     Access: Roles: GENERAL_SYSTEM_ADMINISTRATOR, CATALOG_ADMINISTRATOR.
         */
        patch: operations["updateItemPolicy"];
        trace?: never;
    };
    "/v1/material-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the material types of your institution
         * @description Every user of the institution reads it: staff pick from these lists.
         *
         *     Access: Any authenticated user.
         */
        get: operations["listMaterialTypes"];
        put?: never;
        /**
         * Create a material type
         * @description The code is kept exactly as given; a code already taken answers 409.
         *
         *     Access: Roles: GENERAL_SYSTEM_ADMINISTRATOR, CATALOG_ADMINISTRATOR.
         */
        post: operations["createMaterialType"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/material-types/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One material type
         * @description Every user of the institution reads it: staff pick from these lists.
         *
         *     Access: Any authenticated user.
         */
        get: operations["getMaterialType"];
        put?: never;
        post?: never;
        /**
         * Delete a material type
         * @description Refused with 409 while anything refers to it; deactivate it instead (PATCH with `{"active": false}`).
         *
         *     Access: Roles: GENERAL_SYSTEM_ADMINISTRATOR, CATALOG_ADMINISTRATOR.
         */
        delete: operations["deleteMaterialType"];
        options?: never;
        head?: never;
        /**
         * Change a material type's code, name or active flag
         * @description Needs If-Match with the ETag you read (428 without it, 412 when it changed since).
         *
         *     Access: Roles: GENERAL_SYSTEM_ADMINISTRATOR, CATALOG_ADMINISTRATOR.
         */
        patch: operations["updateMaterialType"];
        trace?: never;
    };
    "/v1/libraries/{id}/locations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the locations of a library
         * @description Every user of the institution reads it: staff pick from these lists.
         *
         *     Access: Any authenticated user.
         */
        get: operations["listLocations"];
        put?: never;
        /**
         * Create a location in a library
         * @description The code is kept exactly as given and is unique within the library; a code already taken answers 409.
         *
         *     Access: Roles: GENERAL_SYSTEM_ADMINISTRATOR, CATALOG_ADMINISTRATOR.
         */
        post: operations["createLocation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/libraries/{id}/locations/{locationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One location of a library
         * @description Every user of the institution reads it: staff pick from these lists.
         *
         *     Access: Any authenticated user.
         */
        get: operations["getLocation"];
        put?: never;
        post?: never;
        /**
         * Delete a location
         * @description Refused with 409 while anything refers to it; deactivate it instead (PATCH with `{"active": false}`).
         *
         *     Access: Roles: GENERAL_SYSTEM_ADMINISTRATOR, CATALOG_ADMINISTRATOR.
         */
        delete: operations["deleteLocation"];
        options?: never;
        head?: never;
        /**
         * Change a location's code, name or active flag
         * @description Needs If-Match with the ETag you read (428 without it, 412 when it changed since).
         *
         *     Access: Roles: GENERAL_SYSTEM_ADMINISTRATOR, CATALOG_ADMINISTRATOR.
         */
        patch: operations["updateLocation"];
        trace?: never;
    };
    "/v1/vendors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the vendors of your institution, with their accounts
         * @description Every user of the institution reads it: staff pick from these lists.
         *
         *     Access: Any authenticated user.
         */
        get: operations["listVendors"];
        put?: never;
        /**
         * Create a vendor with its accounts and currency
         * @description The code is kept exactly as given; a code already taken answers 409. The currency is an ISO 4217 code.
         *
         *     Access: Roles: GENERAL_SYSTEM_ADMINISTRATOR, ACQUISITIONS_ADMINISTRATOR.
         */
        post: operations["createVendor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/vendors/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One vendor, with its accounts
         * @description Every user of the institution reads it: staff pick from these lists.
         *
         *     Access: Any authenticated user.
         */
        get: operations["getVendor"];
        put?: never;
        post?: never;
        /**
         * Delete a vendor and its accounts
         * @description Refused with 409 while anything refers to it; deactivate it instead (PATCH with `{"active": false}`).
         *
         *     Access: Roles: GENERAL_SYSTEM_ADMINISTRATOR, ACQUISITIONS_ADMINISTRATOR.
         */
        delete: operations["deleteVendor"];
        options?: never;
        head?: never;
        /**
         * Change a vendor; `accounts` replaces its list of accounts
         * @description Needs If-Match with the ETag you read (428 without it, 412 when it changed since). An account still referred to cannot be left out of `accounts` (409).
         *
         *     Access: Roles: GENERAL_SYSTEM_ADMINISTRATOR, ACQUISITIONS_ADMINISTRATOR.
         */
        patch: operations["updateVendor"];
        trace?: never;
    };
    "/v1/institution": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your institution and its time zone
         * @description Every user of the institution reads it: staff pick from these lists.
         *
         *     Access: Any authenticated user.
         */
        get: operations["getInstitution"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change your institution's time zone
         * @description The time zone must be a real IANA time zone name (e.g. Europe/Stockholm; a UTC offset is refused). Needs If-Match with the ETag you read (428 without it, 412 when it changed since).
         *
         *     Access: Roles: GENERAL_SYSTEM_ADMINISTRATOR.
         */
        patch: operations["updateInstitution"];
        trace?: never;
    };
    "/v1/po-lines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * PO lines, by job, status, vendor or fund
         * @description Read by those who may monitor the profile type of the import that created it (SPEC "Permissions"): lists hold only those, newest first. A job you may not monitor answers 403, one of another institution 404.
         *
         *     Access: Users whose roles may view profiles of the profile's type (see the role table); restricted profiles run only with a grant.
         */
        get: operations["listPoLines"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/po-lines/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One PO line
         * @description Read by those who may monitor the profile type of the import that created it (403 otherwise).
         *
         *     Access: Users whose roles may view profiles of the profile's type (see the role table); restricted profiles run only with a grant.
         */
        get: operations["getPoLine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/jobs/{id}/po-lines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The PO lines a job imported ("Imported PO Lines")
         * @description Those who may monitor the job read them.
         *
         *     Access: Users whose roles may view profiles of the profile's type (see the role table); restricted profiles run only with a grant.
         */
        get: operations["listJobPoLines"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/records/{mmsId}/holdings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The holdings of a record, with their library, location and number of items
         * @description The record must be one you may read (403 otherwise). Read by those who may monitor the profile type of the import that created it (SPEC "Permissions"): lists hold only those, newest first.
         *
         *     Access: Users whose roles may view profiles of the profile's type (see the role table); restricted profiles run only with a grant.
         */
        get: operations["listRecordHoldings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/records/{mmsId}/holdings/{holdingId}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The items of one holding of a record
         * @description The record must be one you may read (403 otherwise). Read by those who may monitor the profile type of the import that created it (SPEC "Permissions"): lists hold only those, newest first.
         *
         *     Access: Users whose roles may view profiles of the profile's type (see the role table); restricted profiles run only with a grant.
         */
        get: operations["listHoldingItems"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/records/{mmsId}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every item of a record, across its holdings
         * @description The record must be one you may read (403 otherwise). Read by those who may monitor the profile type of the import that created it (SPEC "Permissions"): lists hold only those, newest first.
         *
         *     Access: Users whose roles may view profiles of the profile's type (see the role table); restricted profiles run only with a grant.
         */
        get: operations["listRecordItems"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The item with a barcode (barcodes are unique in the institution: a page of at most one)
         * @description Read by those who may monitor the profile type of the import that created it (SPEC "Permissions"): lists hold only those, newest first.
         *
         *     Access: Users whose roles may view profiles of the profile's type (see the role table); restricted profiles run only with a grant.
         */
        get: operations["findItems"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/records/{mmsId}/portfolios": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The portfolios (electronic access from 856) of a record
         * @description The record must be one you may read (403 otherwise). Read by those who may monitor the profile type of the import that created it (SPEC "Permissions"): lists hold only those, newest first.
         *
         *     Access: Users whose roles may view profiles of the profile's type (see the role table); restricted profiles run only with a grant.
         */
        get: operations["listRecordPortfolios"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/integration-profiles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List integration profiles (resource sharing with Libris)
         * @description Access: Roles: GENERAL_SYSTEM_ADMINISTRATOR.
         */
        get: operations["listIntegrationProfiles"];
        put?: never;
        /**
         * Create a Resource Sharing Integration profile
         * @description The code is unique in your institution (409). The API key is write-only: stored encrypted, answered only as `apiKeySet`.
         *
         *     Access: Roles: GENERAL_SYSTEM_ADMINISTRATOR.
         */
        post: operations["createIntegrationProfile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/integration-profiles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One integration profile (the API key is never returned)
         * @description Access: Roles: GENERAL_SYSTEM_ADMINISTRATOR.
         */
        get: operations["getIntegrationProfile"];
        put?: never;
        post?: never;
        /**
         * Delete an integration profile; refused while its harvest is unfinished
         * @description Access: Roles: GENERAL_SYSTEM_ADMINISTRATOR.
         */
        delete: operations["deleteIntegrationProfile"];
        options?: never;
        head?: never;
        /**
         * Change an integration profile; needs If-Match with the ETag you read
         * @description Access: Roles: GENERAL_SYSTEM_ADMINISTRATOR.
         */
        patch: operations["updateIntegrationProfile"];
        trace?: never;
    };
    "/v1/integration-profiles/{id}/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start "Import resource sharing requests using profile <name>" now
         * @description Starts a job of kind `HARVEST` (follow the `Location`): the outgoing requests of the profile's library code, by whole days from the later of the harvest start date and the last successful harvest up to today. 409 when the profile is inactive or a harvest of it is under way. Its report is getHarvestReport.
         *
         *     Access: Roles: GENERAL_SYSTEM_ADMINISTRATOR.
         */
        post: operations["runIntegrationProfile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/integration-profiles/{id}/library-mappings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The profile's mapping of external library codes to our libraries
         * @description A harvested request whose library code has no mapping fails the harvest (seed 004).
         *
         *     Access: Roles: GENERAL_SYSTEM_ADMINISTRATOR.
         */
        get: operations["listLibraryCodeMappings"];
        put?: never;
        /**
         * Map an external library code to one of our libraries
         * @description An external code is mapped once per profile (409).
         *
         *     Access: Roles: GENERAL_SYSTEM_ADMINISTRATOR.
         */
        post: operations["createLibraryCodeMapping"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/integration-profiles/{id}/library-mappings/{mappingId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One library code mapping
         * @description Access: Roles: GENERAL_SYSTEM_ADMINISTRATOR.
         */
        get: operations["getLibraryCodeMapping"];
        put?: never;
        post?: never;
        /**
         * Remove a library code mapping (requests already imported keep their library)
         * @description Access: Roles: GENERAL_SYSTEM_ADMINISTRATOR.
         */
        delete: operations["deleteLibraryCodeMapping"];
        options?: never;
        head?: never;
        /**
         * Change a library code mapping; needs If-Match with the ETag you read
         * @description Access: Roles: GENERAL_SYSTEM_ADMINISTRATOR.
         */
        patch: operations["updateLibraryCodeMapping"];
        trace?: never;
    };
    "/v1/partners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Resource sharing partners (lending libraries), optionally the one with a code regardless of case
         * @description Access: Roles: GENERAL_SYSTEM_ADMINISTRATOR.
         */
        get: operations["listPartners"];
        put?: never;
        /**
         * Add a resource sharing partner
         * @description The code is stored as given and is unique regardless of case (409): "Hig" and "HIG" are one partner.
         *
         *     Access: Roles: GENERAL_SYSTEM_ADMINISTRATOR.
         */
        post: operations["createPartner"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/partners/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One partner
         * @description Access: Roles: GENERAL_SYSTEM_ADMINISTRATOR.
         */
        get: operations["getPartner"];
        put?: never;
        post?: never;
        /**
         * Delete a partner no borrowing request names (409 otherwise: deactivate it)
         * @description Access: Roles: GENERAL_SYSTEM_ADMINISTRATOR.
         */
        delete: operations["deletePartner"];
        options?: never;
        head?: never;
        /**
         * Change a partner; needs If-Match with the ETag you read
         * @description Access: Roles: GENERAL_SYSTEM_ADMINISTRATOR.
         */
        patch: operations["updatePartner"];
        trace?: never;
    };
    "/v1/borrowing-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Borrowing requests imported from the external system, newest first
         * @description Access: Roles: GENERAL_SYSTEM_ADMINISTRATOR.
         */
        get: operations["listBorrowingRequests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/borrowing-requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One borrowing request
         * @description Access: Roles: GENERAL_SYSTEM_ADMINISTRATOR.
         */
        get: operations["getBorrowingRequest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/jobs/{id}/harvest-report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A harvest job's report: requests found, created, updated, unchanged, failed
         * @description 404 for a job that is not a harvest (an import's report is getJobReport).
         *
         *     Access: Roles: GENERAL_SYSTEM_ADMINISTRATOR.
         */
        get: operations["getHarvestReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * Problem
         * @description RFC 9457 problem details
         */
        Problem: {
            /**
             * @description Stable identifier of the kind of error
             * @example /problems/validation-failed
             * @enum {string}
             */
            type: "/problems/validation-failed" | "/problems/bad-request" | "/problems/unauthenticated" | "/problems/forbidden" | "/problems/not-found" | "/problems/method-not-allowed" | "/problems/not-acceptable" | "/problems/conflict" | "/problems/precondition-failed" | "/problems/payload-too-large" | "/problems/uri-too-long" | "/problems/unsupported-media-type" | "/problems/idempotency-key-reused" | "/problems/unprocessable" | "/problems/precondition-required" | "/problems/rate-limited" | "/problems/headers-too-large" | "/problems/internal" | "/problems/bad-gateway" | "/problems/unavailable";
            title: string;
            status: number;
            detail: string;
            instance?: string;
            requestId?: string;
            /** @description The failing fields, for validation errors */
            errors?: {
                field: string;
                message: string;
            }[];
        };
        /**
         * Job
         * @example {
         *       "id": "5b3f4c1e-0d2a-4f7b-9c1e-2a3b4c5d6e7f",
         *       "kind": "IMPORT",
         *       "name": "Metadata Import: OCLC weekly loads",
         *       "status": "RUNNING",
         *       "statusLabel": "Running",
         *       "profileId": "0b6f2f5e-8a8e-4c0b-a1b7-59e1c0f7d2a4",
         *       "createdBy": "6c1f3e0e-1c2d-4a51-9f59-1c8f1f0b8e11",
         *       "label": "November vendor load",
         *       "notes": null,
         *       "dryRun": false,
         *       "rerunOf": null,
         *       "revertsJob": null,
         *       "parentJobId": null,
         *       "parentLink": null,
         *       "createdAt": "2026-11-22T10:00:00.000Z",
         *       "startedAt": "2026-11-22T10:00:01.000Z",
         *       "endedAt": null,
         *       "progress": {
         *         "percent": 40,
         *         "recordsDone": 400,
         *         "recordsTotal": 1000,
         *         "filesDone": 8,
         *         "filesTotal": 20
         *       },
         *       "counters": {
         *         "ADDED": 390,
         *         "NOT_IMPORTED": 10
         *       },
         *       "failureReason": null
         *     }
         */
        Job: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "IMPORT" | "SINGLE_RECORD" | "FTP_FETCH" | "HARVEST" | "REVERT";
            /** @description The name staff recognise, e.g. "Metadata Import: <profile>" */
            name: string;
            /**
             * @description The job's status code
             * @enum {string}
             */
            status: "PENDING" | "INITIALIZING" | "RUNNING" | "FINALIZING" | "COMPLETED_SUCCESS" | "COMPLETED_WITH_ERRORS" | "COMPLETED_NO_BULKS" | "MANUAL_HANDLING_REQUIRED" | "CANCELLED" | "FAILED";
            /** @description The status as shown to staff */
            statusLabel: string;
            profileId: string | null;
            createdBy: string | null;
            label: string | null;
            notes: string | null;
            dryRun: boolean;
            rerunOf: string | null;
            revertsJob: string | null;
            parentJobId: string | null;
            parentLink: ("RERUN_OF" | "REVERT_OF" | "FTP_LOAD_OF") | null;
            /** Format: date-time */
            createdAt: string;
            startedAt: string | null;
            endedAt: string | null;
            progress: {
                /** @description Records done of records total */
                percent: number;
                recordsDone: number;
                recordsTotal: number;
                filesDone: number;
                filesTotal: number;
            };
            /** @description Records per outcome so far */
            counters: {
                [key: string]: number;
            };
            failureReason: string | null;
        };
        /** JobEvent */
        JobEvent: {
            id: string;
            description: string;
            /**
             * @description The job's status code
             * @enum {string}
             */
            status: "PENDING" | "INITIALIZING" | "RUNNING" | "FINALIZING" | "COMPLETED_SUCCESS" | "COMPLETED_WITH_ERRORS" | "COMPLETED_NO_BULKS" | "MANUAL_HANDLING_REQUIRED" | "CANCELLED" | "FAILED";
            /** @enum {string} */
            severity: "INFO" | "WARNING" | "ERROR";
            /** @enum {string} */
            module: "UPLOAD" | "SPLIT" | "PARSE" | "MATCH" | "MERGE" | "INVENTORY" | "ORDER" | "FTP" | "HARVEST" | "SYSTEM";
            /** Format: date-time */
            createdAt: string;
            /** @description A user id, or "system" */
            createdBy: string;
        };
        /** JobReport */
        JobReport: {
            /** Format: uuid */
            jobId: string;
            /**
             * @description The job's status code
             * @enum {string}
             */
            status: "PENDING" | "INITIALIZING" | "RUNNING" | "FINALIZING" | "COMPLETED_SUCCESS" | "COMPLETED_WITH_ERRORS" | "COMPLETED_NO_BULKS" | "MANUAL_HANDLING_REQUIRED" | "CANCELLED" | "FAILED";
            /** @description The job has finished; the counters will not change */
            final: boolean;
            /** @description A dry run: the counters say what the import would do; nothing was written to the repository */
            dryRun: boolean;
            counters: {
                /** @description Records processed */
                recordsProcessed: number;
                /** @description Records imported (added, merged or overlaid) */
                recordsImported: number;
                /** @description Records added as new */
                recordsAdded: number;
                /** @description Records merged into a match */
                recordsMerged: number;
                /** @description Records overlaid onto a match */
                recordsOverlaid: number;
                /** @description Records merged or overlaid into a match they left unchanged (no new revision) */
                recordsUnchanged: number;
                /** @description Records imported with repairs (defects mended by the reader, each recorded on the record) */
                recordsImportedWithRepairs: number;
                /** @description Records deleted */
                recordsDeleted: number;
                /** @description Records not imported */
                recordsNotImported: number;
                /** @description Records skipped by the profile */
                recordsSkipped: number;
                /** @description Records waiting for manual handling */
                recordsPendingManual: number;
                /** @description Multi-matches found */
                multiMatchesFound: number;
                /** @description Multi-matches resolved automatically */
                multiMatchesResolvedAutomatically: number;
                /** @description Multi-matches resolved manually */
                multiMatchesResolvedManually: number;
                /** @description Too many matches */
                tooManyMatches: number;
                /** @description Match skipped, different inventory type */
                matchSkippedDifferentInventoryType: number;
                /** @description Newly added records that had a match */
                newlyAddedWithMatch: number;
                /** @description Records with a newer version in the repository */
                newerVersionInRepository: number;
                /** @description Total records matched and skipped */
                matchedAndSkipped: number;
                /** @description Holdings: total imported */
                holdingsImported: number;
                /** @description Holdings added */
                holdingsAdded: number;
                /** @description Holdings updated */
                holdingsUpdated: number;
                /** @description Holdings not imported */
                holdingsNotImported: number;
                /** @description Items processed */
                itemsProcessed: number;
                /** @description Items imported */
                itemsImported: number;
                /** @description Items not imported */
                itemsNotImported: number;
                /** @description Items updated (Update Inventory: barcode and item policy of the PO line's items) */
                itemsUpdated: number;
                /** @description Portfolios processed */
                portfoliosProcessed: number;
                /** @description Portfolios imported */
                portfoliosImported: number;
                /** @description PO lines processed */
                poLinesProcessed: number;
                /** @description PO lines imported */
                poLinesImported: number;
                /** @description PO lines in review */
                poLinesInReview: number;
            };
            notImportedByReason: {
                /** @description Records not imported: INVALID_RECORD */
                INVALID_RECORD: number;
                /** @description Records not imported: TOO_MANY_MATCHES */
                TOO_MANY_MATCHES: number;
                /** @description Records not imported: MULTI_MATCH_UNRESOLVED */
                MULTI_MATCH_UNRESOLVED: number;
                /** @description Records not imported: NEWER_VERSION_IN_REPOSITORY */
                NEWER_VERSION_IN_REPOSITORY: number;
                /** @description Records not imported: BRIEF_LEVEL_LOWER */
                BRIEF_LEVEL_LOWER: number;
                /** @description Records not imported: RECORD_LOCKED */
                RECORD_LOCKED: number;
                /** @description Records not imported: DIFFERENT_INVENTORY_TYPE */
                DIFFERENT_INVENTORY_TYPE: number;
                /** @description Records not imported: INVENTORY_ERROR */
                INVENTORY_ERROR: number;
                /** @description Records not imported: PO_LINE_NOT_FOUND */
                PO_LINE_NOT_FOUND: number;
            };
            resolvedAutomaticallyByRule: {
                /** @description Multi-matches resolved automatically by CANCELLED_NUMBERS_DISREGARDED */
                CANCELLED_NUMBERS_DISREGARDED: number;
                /** @description Multi-matches resolved automatically by SAME_INVENTORY_TYPE */
                SAME_INVENTORY_TYPE: number;
            };
        };
        /** BulkFile */
        BulkFile: {
            /** Format: uuid */
            id: string;
            name: string;
            format: string;
            sizeBytes: number;
            recordCount: number;
            /** @description PENDING or DONE */
            status: string;
            /** @description Records per outcome */
            counts: {
                [key: string]: number;
            };
            /** Format: date-time */
            createdAt: string;
            processedAt: string | null;
            processedBy: string | null;
            /** @description The records that could not be read, in position order */
            problems: {
                /** @description 1-based position of the record in the uploaded file */
                position: number;
                /** @description The record's first problem (`problems[0]`) */
                code: string;
                message: string;
                field: number | null;
                /** @description Every problem of the record, in record order, each with its field position */
                problems: {
                    /** @description What is wrong (BAD_INDICATOR, BAD_SUBFIELD_CODE, …) */
                    code: string;
                    /** @description The field, position or byte that is wrong, for cataloguing staff */
                    message: string;
                    /** @description 1-based position of the field it concerns (directory or element order), null when it concerns no one field */
                    field: number | null;
                }[];
                /** @description What the reader tolerated in the record before the problems that kept it from being read */
                warnings: {
                    /** @description What is wrong (BAD_INDICATOR, BAD_SUBFIELD_CODE, …) */
                    code: string;
                    /** @description The field, position or byte that is wrong, for cataloguing staff */
                    message: string;
                    /** @description 1-based position of the field it concerns (directory or element order), null when it concerns no one field */
                    field: number | null;
                }[];
            }[];
            /** @description Bytes between or after the records (in the file's first bulk file also before them) that are no record: reported here, never counted as records */
            junk: {
                /** @description Position of the record the bytes follow; 0: before the first record */
                after: number;
                /** @description How many bytes */
                bytes: number;
                /**
                 * @description PADDING: blanks, line ends, NUL, Ctrl-Z; TRAILING_JUNK: anything else (a stray record terminator, text)
                 * @enum {string}
                 */
                code: "PADDING" | "TRAILING_JUNK";
                message: string;
            }[];
            /** @description The records the reader mended to read them (the profile's repairPolicy REPAIR, or mends every policy makes), each repair with its field and what was done */
            repairs: {
                /** @description 1-based position of the record in the uploaded file */
                position: number;
                outcome: string | null;
                repairs: {
                    /** @description The defect mended */
                    code: string;
                    message: string;
                    field: number | null;
                    /** @description What the reader did */
                    repair: string;
                }[];
            }[];
        };
        /** SplitPreview */
        SplitPreview: {
            splitSize: number;
            totalRecords: number;
            totalBulkFiles: number;
            files: {
                name: string;
                format: ("ISO2709" | "MARCXML" | "MARC_JSON") | null;
                records: number;
                /** @description Records that cannot be read and would not be imported */
                invalidRecords: number;
                /** @description Record count of each bulk file */
                bulkFiles: number[];
                notMarc: string | null;
            }[];
        };
        /** RevertReport */
        RevertReport: {
            /**
             * Format: uuid
             * @description The revert job
             */
            jobId: string;
            /**
             * Format: uuid
             * @description The import job it reverts
             */
            revertsJob: string;
            /**
             * @description The job's status code
             * @enum {string}
             */
            status: "PENDING" | "INITIALIZING" | "RUNNING" | "FINALIZING" | "COMPLETED_SUCCESS" | "COMPLETED_WITH_ERRORS" | "COMPLETED_NO_BULKS" | "MANUAL_HANDLING_REQUIRED" | "CANCELLED" | "FAILED";
            /** @description The revert has finished; the counters will not change */
            final: boolean;
            counters: {
                /** @description Records the import touched that the revert planned to put back */
                recordsToRevert: number;
                /** @description Planned records whose batch has not run (yet, or ever: a cancelled or failed revert) */
                recordsPending: number;
                /** @description Records the import added, deleted */
                recordsDeleted: number;
                /** @description Records the import merged or overlaid, given their before-image back */
                recordsRestored: number;
                /** @description Records the import deleted, brought back with their before-image */
                recordsUndeleted: number;
                /** @description Records changed since the import (or locked), left as they are: listed with why by listRevertRecords */
                recordsLeftAlone: number;
            };
            leftAloneByReason: {
                /** @description Left alone: changed since the import (by another job or by hand) */
                CHANGED_SINCE: number;
                /** @description Left alone: deleted since the import */
                DELETED_SINCE: number;
                /** @description Left alone: locked for editing */
                RECORD_LOCKED: number;
            };
            importChanges: {
                /** @description Planned records the import had added */
                ADDED: number;
                /** @description Planned records the import had merged */
                MERGED: number;
                /** @description Planned records the import had overlaid */
                OVERLAID: number;
                /** @description Planned records the import had deleted */
                DELETED: number;
            };
        };
        /**
         * RevertRecord
         * @example {
         *       "mmsId": "9900000000042",
         *       "importChange": "MERGED",
         *       "outcome": "LEFT_ALONE",
         *       "reason": "CHANGED_SINCE",
         *       "expectedRevision": 2,
         *       "foundRevision": 3,
         *       "lastChangedByJob": null,
         *       "explanation": "Left alone: changed since the import (by another job or by hand) — the import left revision 2, it is at revision 3, last changed outside any job (by hand)"
         *     }
         */
        RevertRecord: {
            /** @description The repository record (getRecord) */
            mmsId: string;
            /**
             * @description What the reverted import did to it
             * @enum {string}
             */
            importChange: "ADDED" | "MERGED" | "OVERLAID" | "DELETED";
            /**
             * @description What the revert did to it
             * @enum {string}
             */
            outcome: "DELETED" | "RESTORED" | "UNDELETED" | "LEFT_ALONE" | "PENDING";
            reason: ("CHANGED_SINCE" | "DELETED_SINCE" | "RECORD_LOCKED") | null;
            /** @description The revision the import left the record at */
            expectedRevision: number;
            foundRevision: number | null;
            lastChangedByJob: string | null;
            explanation: string | null;
        };
        /**
         * Profile
         * @example {
         *       "id": "0b6f2f5e-8a8e-4c0b-a1b7-59e1c0f7d2a4",
         *       "name": "OCLC weekly loads",
         *       "description": "",
         *       "type": "REPOSITORY",
         *       "sourceFormat": "AUTO",
         *       "protocol": "UPLOAD",
         *       "ftp": null,
         *       "match": {
         *         "method": "OCLC",
         *         "matchCancelledNumbers": false,
         *         "noMatchAction": "ADD",
         *         "singleMatchAction": "MERGE",
         *         "multiMatchAction": "MANUAL",
         *         "autoResolveMultiMatch": true,
         *         "preventOlderVersion": false,
         *         "checkBriefLevel": false,
         *         "allowDeletes": false,
         *         "skipDifferentInventoryType": false
         *       },
         *       "merge": {
         *         "preservedTags": [
         *           "9XX"
         *         ],
         *         "unionTags": [
         *           "035"
         *         ]
         *       },
         *       "splitSize": 50,
         *       "inventory": {
         *         "type": "NONE",
         *         "library": null,
         *         "location": null,
         *         "preset": null,
         *         "mapping": null,
         *         "defaultFund": null,
         *         "fundCodesCaseInsensitive": false,
         *         "barcode": {
         *           "kind": "NONE"
         *         },
         *         "poGrouping": "PER_RECORD",
         *         "updateInventoryLookup": "PO_LINE_NUMBER"
         *       },
         *       "repairPolicy": "REPAIR",
         *       "normalization": "PRESERVE",
         *       "schedule": {
         *         "kind": "NONE"
         *       },
         *       "nextRun": null,
         *       "active": true,
         *       "restricted": false,
         *       "version": 1,
         *       "createdAt": "2026-11-22T10:00:00.000Z",
         *       "updatedAt": "2026-11-22T10:00:00.000Z"
         *     }
         */
        Profile: {
            /** Format: uuid */
            id: string;
            name: string;
            description: string;
            /**
             * @description What the profile imports
             * @enum {string}
             */
            type: "REPOSITORY" | "NEW_ORDER" | "UPDATE_INVENTORY" | "AUTHORITY" | "DIGITAL";
            /** @enum {string} */
            sourceFormat: "AUTO" | "ISO2709" | "MARCXML" | "MARC_JSON";
            /** @enum {string} */
            protocol: "UPLOAD" | "FTP";
            ftp: {
                /**
                 * @description FTP (plain, or explicit FTPS with `secure`) or SFTP; default FTP
                 * @enum {string}
                 */
                transport: "FTP" | "SFTP";
                host: string;
                /** @description Default 21 for FTP, 22 for SFTP */
                port: number;
                username: string;
                /** @description The input directory; default / */
                directory: string;
                /** @description File names to fetch, `*` standing for zero or more characters (`*.mrc`, `EOD_*.xml`); a file matching any is fetched. Default ["*"] */
                filePatterns: string[];
                /** @description FTP only: explicit FTPS (AUTH TLS); default false */
                secure: boolean;
                /**
                 * @description What is done with a file on the server once its load job has it stored: LEAVE it (default), MOVE it to `moveTo`, DELETE it
                 * @enum {string}
                 */
                afterImport: "LEAVE" | "MOVE" | "DELETE";
                /** @description The folder files are moved to (afterImport MOVE only) */
                moveTo: string | null;
                passwordSet: boolean;
                privateKeySet: boolean;
            } | null;
            match: {
                /**
                 * @description How incoming records find their repository match
                 * @enum {string}
                 */
                method: "SYSTEM_ID" | "OCLC" | "ISBN" | "ISSN" | "NONE";
                /** @description Also match on cancelled/invalid numbers (035 $z, 020 $z, 022 $y/$z) */
                matchCancelledNumbers: boolean;
                /** @enum {string} */
                noMatchAction: "ADD" | "SKIP";
                /** @enum {string} */
                singleMatchAction: "MERGE" | "OVERLAY" | "ADD" | "SKIP";
                /**
                 * @description MANUAL opens an import issue; SKIP leaves the record not imported
                 * @enum {string}
                 */
                multiMatchAction: "MANUAL" | "SKIP";
                /** @description Try the automatic multi-match rules first */
                autoResolveMultiMatch: boolean;
                /** @description Do not change a repository record whose 005 is newer */
                preventOlderVersion: boolean;
                /** @description Do not replace a fuller record with a briefer one */
                checkBriefLevel: boolean;
                /** @description Leader/05 = d deletes the matched record */
                allowDeletes: boolean;
                /** @description Skip a single match of another inventory type */
                skipDifferentInventoryType: boolean;
            };
            merge: {
                /** @description Fields kept from the existing record */
                preservedTags: string[];
                /** @description Fields taken from both records (merge only) */
                unionTags: string[];
            };
            splitSize: number;
            /**
             * @description STRICT: a record with any defect is not imported. REPAIR (default): a defect that can be mended without guessing content (an empty subfield, a directory entry that cannot be real while the field terminators agree, an indicator that is no indicator, a structural leader position, bytes not valid in the record's character set, stored as U+FFFD while the incoming record keeps them) is mended and the record imported, each repair recorded on it as a warning; defects that need a guess leave the record not imported under both.
             * @enum {string}
             */
            repairPolicy: "STRICT" | "REPAIR";
            /**
             * @description The Unicode normalization of the stored text: PRESERVE (default) keeps the incoming text as it is (MARC-8 becomes its decomposed Unicode sequences); NFC or NFD normalize every value. Match keys are NFC whatever the choice.
             * @enum {string}
             */
            normalization: "PRESERVE" | "NFC" | "NFD";
            inventory: {
                /** @enum {string} */
                type: "NONE" | "PHYSICAL" | "ELECTRONIC";
                library: string | null;
                location: string | null;
                /** @description The mapping preset; `mapping`, when set, wins (GET /v1/inventory-presets) */
                preset: ("ALMA_949_ITEM" | "ALMA_949_UPDATE_INVENTORY" | "III_960" | "III_OCLC_980" | "EVERGREEN_970" | "GOBI_980" | "REPOSITORY_852_856") | null;
                mapping: {
                    order: {
                        vendor?: {
                            /** @description Alternatives in order; the first present wins */
                            sources: string[];
                            /** @description Used when no source is present */
                            default: string | null;
                        };
                        vendorAccount?: {
                            /** @description Alternatives in order; the first present wins */
                            sources: string[];
                            /** @description Used when no source is present */
                            default: string | null;
                        };
                        fund?: {
                            /** @description Alternatives in order; the first present wins */
                            sources: string[];
                            /** @description Used when no source is present */
                            default: string | null;
                        };
                        price?: {
                            /** @description Alternatives in order; the first present wins */
                            sources: string[];
                            /** @description Used when no source is present */
                            default: string | null;
                        };
                        currency?: {
                            /** @description Alternatives in order; the first present wins */
                            sources: string[];
                            /** @description Used when no source is present */
                            default: string | null;
                        };
                        quantity?: {
                            /** @description Alternatives in order; the first present wins */
                            sources: string[];
                            /** @description Used when no source is present */
                            default: string | null;
                        };
                        vendorReference?: {
                            /** @description Alternatives in order; the first present wins */
                            sources: string[];
                            /** @description Used when no source is present */
                            default: string | null;
                        };
                        acquisitionMethod?: {
                            /** @description Alternatives in order; the first present wins */
                            sources: string[];
                            /** @description Used when no source is present */
                            default: string | null;
                        };
                        orderFormat?: {
                            /** @description Alternatives in order; the first present wins */
                            sources: string[];
                            /** @description Used when no source is present */
                            default: string | null;
                        };
                        note?: {
                            /** @description Alternatives in order; the first present wins */
                            sources: string[];
                            /** @description Used when no source is present */
                            default: string | null;
                        };
                        invoiceNumber?: {
                            /** @description Alternatives in order; the first present wins */
                            sources: string[];
                            /** @description Used when no source is present */
                            default: string | null;
                        };
                        poLineNumber?: {
                            /** @description Alternatives in order; the first present wins */
                            sources: string[];
                            /** @description Used when no source is present */
                            default: string | null;
                        };
                    };
                    /** @description The field repeated once per item; null: items come from the quantity */
                    itemTag: string | null;
                    item: {
                        library?: {
                            /** @description Alternatives in order; the first present wins */
                            sources: string[];
                            /** @description Used when no source is present */
                            default: string | null;
                        };
                        location?: {
                            /** @description Alternatives in order; the first present wins */
                            sources: string[];
                            /** @description Used when no source is present */
                            default: string | null;
                        };
                        barcode?: {
                            /** @description Alternatives in order; the first present wins */
                            sources: string[];
                            /** @description Used when no source is present */
                            default: string | null;
                        };
                        itemPolicy?: {
                            /** @description Alternatives in order; the first present wins */
                            sources: string[];
                            /** @description Used when no source is present */
                            default: string | null;
                        };
                        materialType?: {
                            /** @description Alternatives in order; the first present wins */
                            sources: string[];
                            /** @description Used when no source is present */
                            default: string | null;
                        };
                        callNumber?: {
                            /** @description Alternatives in order; the first present wins */
                            sources: string[];
                            /** @description Used when no source is present */
                            default: string | null;
                        };
                        copyNumber?: {
                            /** @description Alternatives in order; the first present wins */
                            sources: string[];
                            /** @description Used when no source is present */
                            default: string | null;
                        };
                        description?: {
                            /** @description Alternatives in order; the first present wins */
                            sources: string[];
                            /** @description Used when no source is present */
                            default: string | null;
                        };
                        enumeration?: {
                            /** @description Alternatives in order; the first present wins */
                            sources: string[];
                            /** @description Used when no source is present */
                            default: string | null;
                        };
                        chronology?: {
                            /** @description Alternatives in order; the first present wins */
                            sources: string[];
                            /** @description Used when no source is present */
                            default: string | null;
                        };
                    };
                    /** @description Subfields of the item field copied onto the holding */
                    holdingSubfields: string[];
                    /** @description The field each portfolio comes from ($u URL, $z public note) */
                    portfolioTag: string | null;
                } | null;
                /** @description Fund code used when the file names none or an unknown one */
                defaultFund: string | null;
                /** @description Fund codes match exactly unless this is true */
                fundCodesCaseInsensitive: boolean;
                /** @description An item without a barcode has none, or one generated from the institution's sequence after the prefix */
                barcode: {
                    /** @enum {string} */
                    kind: "NONE";
                } | {
                    /** @enum {string} */
                    kind: "GENERATE";
                    prefix: string;
                };
                /**
                 * @description One purchase order per record, per bulk file, or per vendor invoice number
                 * @enum {string}
                 */
                poGrouping: "PER_RECORD" | "PER_FILE" | "PER_INVOICE";
                /**
                 * @description How an UPDATE_INVENTORY profile finds the PO line
                 * @enum {string}
                 */
                updateInventoryLookup: "PO_LINE_NUMBER" | "VENDOR_REFERENCE";
            };
            /** @description Not scheduled, every day at HH:MM, or every weekday at HH:MM */
            schedule: {
                /** @enum {string} */
                kind: "NONE";
            } | {
                /** @enum {string} */
                kind: "DAILY";
                /** @description HH:MM in the institution's time zone */
                time: string;
            } | {
                /** @enum {string} */
                kind: "WEEKLY";
                /** @enum {string} */
                weekday: "MONDAY" | "TUESDAY" | "WEDNESDAY" | "THURSDAY" | "FRIDAY" | "SATURDAY" | "SUNDAY";
                /** @description HH:MM in the institution's time zone */
                time: string;
            };
            /** @description The next scheduled run; null when not scheduled or inactive. A time the clock skips (spring forward) runs as much later as the gap is long (02:30 → 03:30); a time that happens twice (fall back) runs once, the first time. */
            nextRun: {
                /** @description Local date-time with the offset in force then, e.g. 2027-03-28T03:30:00+02:00 */
                local: string;
                /**
                 * Format: date-time
                 * @description The same instant in UTC
                 */
                utc: string;
                /** @description The institution's IANA time zone, e.g. Europe/Stockholm */
                timeZone: string;
            } | null;
            active: boolean;
            restricted: boolean;
            /** @description Changes on every update; also the ETag */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /** Grant */
        Grant: {
            /** Format: uuid */
            profileId: string;
            /** Format: uuid */
            userId: string;
            grantedBy: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        /** InventoryPreset */
        InventoryPreset: {
            /** @enum {string} */
            name: "ALMA_949_ITEM" | "ALMA_949_UPDATE_INVENTORY" | "III_960" | "III_OCLC_980" | "EVERGREEN_970" | "GOBI_980" | "REPOSITORY_852_856";
            description: string;
            /** @description Where its tags and subfields come from */
            source: string;
            /** @description Order-level targets read once per record, item-level targets once per occurrence of the item field */
            mapping: {
                order: {
                    vendor?: {
                        /** @description Alternatives in order; the first present wins */
                        sources: string[];
                        /** @description Used when no source is present */
                        default: string | null;
                    };
                    vendorAccount?: {
                        /** @description Alternatives in order; the first present wins */
                        sources: string[];
                        /** @description Used when no source is present */
                        default: string | null;
                    };
                    fund?: {
                        /** @description Alternatives in order; the first present wins */
                        sources: string[];
                        /** @description Used when no source is present */
                        default: string | null;
                    };
                    price?: {
                        /** @description Alternatives in order; the first present wins */
                        sources: string[];
                        /** @description Used when no source is present */
                        default: string | null;
                    };
                    currency?: {
                        /** @description Alternatives in order; the first present wins */
                        sources: string[];
                        /** @description Used when no source is present */
                        default: string | null;
                    };
                    quantity?: {
                        /** @description Alternatives in order; the first present wins */
                        sources: string[];
                        /** @description Used when no source is present */
                        default: string | null;
                    };
                    vendorReference?: {
                        /** @description Alternatives in order; the first present wins */
                        sources: string[];
                        /** @description Used when no source is present */
                        default: string | null;
                    };
                    acquisitionMethod?: {
                        /** @description Alternatives in order; the first present wins */
                        sources: string[];
                        /** @description Used when no source is present */
                        default: string | null;
                    };
                    orderFormat?: {
                        /** @description Alternatives in order; the first present wins */
                        sources: string[];
                        /** @description Used when no source is present */
                        default: string | null;
                    };
                    note?: {
                        /** @description Alternatives in order; the first present wins */
                        sources: string[];
                        /** @description Used when no source is present */
                        default: string | null;
                    };
                    invoiceNumber?: {
                        /** @description Alternatives in order; the first present wins */
                        sources: string[];
                        /** @description Used when no source is present */
                        default: string | null;
                    };
                    poLineNumber?: {
                        /** @description Alternatives in order; the first present wins */
                        sources: string[];
                        /** @description Used when no source is present */
                        default: string | null;
                    };
                };
                /** @description The field repeated once per item; null: items come from the quantity */
                itemTag: string | null;
                item: {
                    library?: {
                        /** @description Alternatives in order; the first present wins */
                        sources: string[];
                        /** @description Used when no source is present */
                        default: string | null;
                    };
                    location?: {
                        /** @description Alternatives in order; the first present wins */
                        sources: string[];
                        /** @description Used when no source is present */
                        default: string | null;
                    };
                    barcode?: {
                        /** @description Alternatives in order; the first present wins */
                        sources: string[];
                        /** @description Used when no source is present */
                        default: string | null;
                    };
                    itemPolicy?: {
                        /** @description Alternatives in order; the first present wins */
                        sources: string[];
                        /** @description Used when no source is present */
                        default: string | null;
                    };
                    materialType?: {
                        /** @description Alternatives in order; the first present wins */
                        sources: string[];
                        /** @description Used when no source is present */
                        default: string | null;
                    };
                    callNumber?: {
                        /** @description Alternatives in order; the first present wins */
                        sources: string[];
                        /** @description Used when no source is present */
                        default: string | null;
                    };
                    copyNumber?: {
                        /** @description Alternatives in order; the first present wins */
                        sources: string[];
                        /** @description Used when no source is present */
                        default: string | null;
                    };
                    description?: {
                        /** @description Alternatives in order; the first present wins */
                        sources: string[];
                        /** @description Used when no source is present */
                        default: string | null;
                    };
                    enumeration?: {
                        /** @description Alternatives in order; the first present wins */
                        sources: string[];
                        /** @description Used when no source is present */
                        default: string | null;
                    };
                    chronology?: {
                        /** @description Alternatives in order; the first present wins */
                        sources: string[];
                        /** @description Used when no source is present */
                        default: string | null;
                    };
                };
                /** @description Subfields of the item field copied onto the holding */
                holdingSubfields: string[];
                /** @description The field each portfolio comes from ($u URL, $z public note) */
                portfolioTag: string | null;
            };
        };
        /**
         * RepositoryRecord
         * @example {
         *       "mmsId": "9900000000001",
         *       "kind": "BIBLIOGRAPHIC",
         *       "version005": "20261101120000.0",
         *       "briefLevel": 10,
         *       "inventoryType": "PHYSICAL",
         *       "revision": 1,
         *       "lock": null,
         *       "createdByJob": "5b3f4c1e-0d2a-4f7b-9c1e-2a3b4c5d6e7f",
         *       "updatedByJob": "5b3f4c1e-0d2a-4f7b-9c1e-2a3b4c5d6e7f",
         *       "createdAt": "2026-11-22T10:00:00.000Z",
         *       "updatedAt": "2026-11-22T10:00:00.000Z",
         *       "deleted": false,
         *       "marc": {
         *         "leader": "00714cam a2200205 a 4500",
         *         "fields": [
         *           {
         *             "001": "12883376"
         *           }
         *         ]
         *       }
         *     }
         */
        RepositoryRecord: {
            /** @description The system id (MMS ID) */
            mmsId: string;
            kind: string;
            version005: string | null;
            briefLevel: number;
            /** @enum {string} */
            inventoryType: "PHYSICAL" | "ELECTRONIC" | "NONE";
            /** @description Goes up by one on every change */
            revision: number;
            lock: {
                holder: string | null;
                expiresAt: string | null;
            } | null;
            createdByJob: string | null;
            updatedByJob: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            deleted: boolean;
            /**
             * @description What the job asked about did to it
             * @enum {string}
             */
            change?: "ADDED" | "MERGED" | "OVERLAID" | "DELETED" | "RESTORED" | "UNDELETED";
            /** @description The record as MARC-in-JSON */
            marc: {
                leader: string;
                fields: {
                    [key: string]: unknown;
                }[];
            };
        };
        /** RecordLock */
        RecordLock: {
            mmsId: string;
            holder: string | null;
            expiresAt: string | null;
        };
        /**
         * RecordSet
         * @example {
         *       "id": "2f0c6d7e-2b57-4c53-9a55-7d7c5b0b9d61",
         *       "name": "November vendor load: merged",
         *       "jobId": "5b3f4c1e-0d2a-4f7b-9c1e-2a3b4c5d6e7f",
         *       "counter": "recordsMerged",
         *       "counterLabel": "Records merged into a match",
         *       "jobStatus": "COMPLETED_SUCCESS",
         *       "memberCount": 118,
         *       "counterRecords": 120,
         *       "recordsWithoutRepositoryRecord": 0,
         *       "createdBy": "6c1f3e0e-1c2d-4a51-9f59-1c8f1f0b8e11",
         *       "createdAt": "2026-11-22T11:00:00.000Z"
         *     }
         */
        RecordSet: {
            /** Format: uuid */
            id: string;
            name: string;
            /**
             * Format: uuid
             * @description The job whose report row the set was made from
             */
            jobId: string;
            /**
             * @description A row of the job report (a key of its `counters`): `recordsProcessed` — Records processed; `recordsImported` — Records imported (added, merged or overlaid); `recordsAdded` — Records added as new; `recordsMerged` — Records merged into a match; `recordsOverlaid` — Records overlaid onto a match; `recordsUnchanged` — Records merged or overlaid into a match they left unchanged (no new revision); `recordsImportedWithRepairs` — Records imported with repairs (defects mended by the reader, each recorded on the record); `recordsDeleted` — Records deleted; `recordsNotImported` — Records not imported; `recordsSkipped` — Records skipped by the profile; `recordsPendingManual` — Records waiting for manual handling; `multiMatchesFound` — Multi-matches found; `multiMatchesResolvedAutomatically` — Multi-matches resolved automatically; `multiMatchesResolvedManually` — Multi-matches resolved manually; `tooManyMatches` — Too many matches; `matchSkippedDifferentInventoryType` — Match skipped, different inventory type; `newlyAddedWithMatch` — Newly added records that had a match; `newerVersionInRepository` — Records with a newer version in the repository; `matchedAndSkipped` — Total records matched and skipped; `holdingsImported` — Holdings: total imported; `holdingsAdded` — Holdings added; `holdingsUpdated` — Holdings updated; `holdingsNotImported` — Holdings not imported; `itemsProcessed` — Items processed; `itemsImported` — Items imported; `itemsNotImported` — Items not imported; `itemsUpdated` — Items updated (Update Inventory: barcode and item policy of the PO line's items); `portfoliosProcessed` — Portfolios processed; `portfoliosImported` — Portfolios imported; `poLinesProcessed` — PO lines processed; `poLinesImported` — PO lines imported; `poLinesInReview` — PO lines in review
             * @enum {string}
             */
            counter: "recordsProcessed" | "recordsImported" | "recordsAdded" | "recordsMerged" | "recordsOverlaid" | "recordsUnchanged" | "recordsImportedWithRepairs" | "recordsDeleted" | "recordsNotImported" | "recordsSkipped" | "recordsPendingManual" | "multiMatchesFound" | "multiMatchesResolvedAutomatically" | "multiMatchesResolvedManually" | "tooManyMatches" | "matchSkippedDifferentInventoryType" | "newlyAddedWithMatch" | "newerVersionInRepository" | "matchedAndSkipped" | "holdingsImported" | "holdingsAdded" | "holdingsUpdated" | "holdingsNotImported" | "itemsProcessed" | "itemsImported" | "itemsNotImported" | "itemsUpdated" | "portfoliosProcessed" | "portfoliosImported" | "poLinesProcessed" | "poLinesImported" | "poLinesInReview";
            /** @description The report row as staff see it */
            counterLabel: string;
            /**
             * @description The job's status when the set was made: the set does not follow later changes
             * @enum {string}
             */
            jobStatus: "PENDING" | "INITIALIZING" | "RUNNING" | "FINALIZING" | "COMPLETED_SUCCESS" | "COMPLETED_WITH_ERRORS" | "COMPLETED_NO_BULKS" | "MANUAL_HANDLING_REQUIRED" | "CANCELLED" | "FAILED";
            /** @description Repository records in the set, each once */
            memberCount: number;
            /** @description Incoming records behind the counter when the set was made */
            counterRecords: number;
            /** @description Those of them with no repository record (not imported, skipped, waiting for manual handling): not in the set. The rest are the members; fewer members than that means several incoming records went to one repository record. */
            recordsWithoutRepositoryRecord: number;
            createdBy: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        /**
         * Issue
         * @example {
         *       "id": "42",
         *       "jobId": "5b3f4c1e-0d2a-4f7b-9c1e-2a3b4c5d6e7f",
         *       "profileId": "0e3c9f3a-58b4-4bd0-8f6c-0f1d5d2b6a11",
         *       "kind": "MULTI_MATCH",
         *       "status": "OPEN",
         *       "dryRun": false,
         *       "reason": "2 repository records match and automatic resolution is off",
         *       "record": {
         *         "bulkFile": "vendor.mrc (1)",
         *         "position": 7,
         *         "outcome": "PENDING_MANUAL"
         *       },
         *       "candidateMmsIds": [
         *         "9900000000101",
         *         "9900000000102"
         *       ],
         *       "resolution": null,
         *       "createdAt": "2026-11-22T10:00:05.000Z"
         *     }
         */
        Issue: {
            id: string;
            /** Format: uuid */
            jobId: string;
            profileId: string | null;
            /**
             * @description MULTI_MATCH: several repository records match and the profile leaves the choice to a person; INVALID: the record could not be read at all
             * @enum {string}
             */
            kind: "MULTI_MATCH" | "INVALID";
            /**
             * @description OPEN: waiting for a person; RESOLVED: a person decided; CLOSED: nobody can decide any more (a dry run's issue, or its job was cancelled or failed)
             * @enum {string}
             */
            status: "OPEN" | "RESOLVED" | "CLOSED";
            /** @description The issue of a dry run: what a real run would ask; it cannot be resolved */
            dryRun: boolean;
            /** @description Why no automatic decision was possible (the multi-match explanation, or why the record could not be read) */
            reason: string;
            record: {
                /** @description The bulk file the record came in */
                bulkFile: string;
                /** @description Its position in the bulk file, from 1 */
                position: number;
                outcome: string | null;
            };
            /** @description The candidates left for a person (MULTI_MATCH) */
            candidateMmsIds: string[];
            resolution: {
                /**
                 * @description IMPORT_AS_NEW: add the record as a new one; MERGE / OVERLAY: onto the chosen candidate (`mmsId`); SKIP: leave the record out. An INVALID issue takes SKIP only.
                 * @enum {string}
                 */
                action: "IMPORT_AS_NEW" | "MERGE" | "OVERLAY" | "SKIP";
                mmsId: string | null;
                resolvedBy: string | null;
                resolvedAt: string | null;
            } | null;
            /** Format: date-time */
            createdAt: string;
        };
        /** IssueDetail */
        IssueDetail: {
            id: string;
            /** Format: uuid */
            jobId: string;
            profileId: string | null;
            /**
             * @description MULTI_MATCH: several repository records match and the profile leaves the choice to a person; INVALID: the record could not be read at all
             * @enum {string}
             */
            kind: "MULTI_MATCH" | "INVALID";
            /**
             * @description OPEN: waiting for a person; RESOLVED: a person decided; CLOSED: nobody can decide any more (a dry run's issue, or its job was cancelled or failed)
             * @enum {string}
             */
            status: "OPEN" | "RESOLVED" | "CLOSED";
            /** @description The issue of a dry run: what a real run would ask; it cannot be resolved */
            dryRun: boolean;
            /** @description Why no automatic decision was possible (the multi-match explanation, or why the record could not be read) */
            reason: string;
            record: {
                /** @description The bulk file the record came in */
                bulkFile: string;
                /** @description Its position in the bulk file, from 1 */
                position: number;
                outcome: string | null;
            };
            /** @description The candidates left for a person (MULTI_MATCH) */
            candidateMmsIds: string[];
            resolution: {
                /**
                 * @description IMPORT_AS_NEW: add the record as a new one; MERGE / OVERLAY: onto the chosen candidate (`mmsId`); SKIP: leave the record out. An INVALID issue takes SKIP only.
                 * @enum {string}
                 */
                action: "IMPORT_AS_NEW" | "MERGE" | "OVERLAY" | "SKIP";
                mmsId: string | null;
                resolvedBy: string | null;
                resolvedAt: string | null;
            } | null;
            /** Format: date-time */
            createdAt: string;
            incoming: {
                leader: string;
                fields: {
                    [key: string]: unknown;
                }[];
            } | null;
            problem: string | null;
            /** @description Every problem that kept the record from being read (INVALID), in record order, each with its field position; empty otherwise */
            problems: {
                /** @description What is wrong (BAD_INDICATOR, BAD_SUBFIELD_CODE, …) */
                code: string;
                /** @description The field, position or byte that is wrong, for cataloguing staff */
                message: string;
                /** @description 1-based position of the field it concerns (directory or element order), null when it concerns no one field */
                field: number | null;
            }[];
            orderData: {
                poLine: {
                    vendor: string | null;
                    vendorReferenceNumber: string | null;
                    price: string | null;
                    currency: string | null;
                    fund: string | null;
                    quantity: number;
                    /** @enum {string} */
                    type: "PHYSICAL" | "ELECTRONIC";
                    /** @enum {string} */
                    status: "ACTIVE" | "IN_REVIEW";
                    reviewReasons: string[];
                } | null;
                poLineLookup: {
                    /** @enum {string} */
                    by: "PO_LINE_NUMBER" | "VENDOR_REFERENCE";
                    key: string | null;
                    problem: string | null;
                } | null;
                /** @description Its items as the file gives them (codes), one per item field or per copy ordered */
                items: {
                    library: string | null;
                    location: string | null;
                    barcode: string | null;
                    itemPolicy: string | null;
                    materialType: string | null;
                    callNumber: string | null;
                    copyNumber: string | null;
                }[];
                portfolios: {
                    url: string | null;
                    publicNote: string | null;
                }[];
                /** @description What would be refused (an unknown location, …), against the configuration as it is now */
                problems: string[];
                /** @description What would be left off (an unknown item policy, …) */
                warnings: string[];
            } | null;
            candidates: {
                mmsId: string;
                /** @description The candidate as offered: when the issue opened, or when a resolution last found it changed */
                asOffered: {
                    revision: number;
                    version005: string | null;
                    locked: boolean;
                };
                now: {
                    revision: number;
                    version005: string | null;
                    briefLevel: number;
                    inventoryType: string;
                    locked: boolean;
                    deleted: boolean;
                } | null;
                /** @description Changed, locked or deleted since it was offered: MERGE or OVERLAY onto it answers 409 once, and the issue then offers it as it is */
                changedSinceOffered: boolean;
                /** @description The match keys the incoming record shares with it */
                matchedOn: {
                    kind: string;
                    value: string;
                    cancelled: boolean;
                }[];
                /** @description The tags whose fields differ, each side's fields as text (`10 $a Title`) */
                differences: {
                    tag: string;
                    incoming: string[];
                    candidate: string[];
                }[];
            }[];
        };
        /**
         * User
         * @example {
         *       "id": "6c1f3e0e-1c2d-4a51-9f59-1c8f1f0b8e11",
         *       "username": "jdoe",
         *       "displayName": "Jane Doe",
         *       "roles": [
         *         "CATALOG_MANAGER"
         *       ],
         *       "active": true,
         *       "createdAt": "2026-11-22T10:00:00.000Z"
         *     }
         */
        User: {
            /** Format: uuid */
            id: string;
            username: string;
            displayName: string;
            roles: ("GENERAL_SYSTEM_ADMINISTRATOR" | "CATALOG_ADMINISTRATOR" | "ACQUISITIONS_ADMINISTRATOR" | "CATALOG_MANAGER" | "REPOSITORY_ADMINISTRATOR" | "DIGITAL_CATALOG_MANAGER" | "PURCHASING_MANAGER" | "PURCHASING_OPERATOR")[];
            active: boolean;
            /** Format: date-time */
            createdAt: string;
        };
        /** ApiKey */
        ApiKey: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @description The public part of the key, to tell keys apart */
            prefix: string;
            /** Format: date-time */
            createdAt: string;
            lastUsedAt: string | null;
            revokedAt: string | null;
        };
        /**
         * Institution
         * @example {
         *       "id": "6c1f3e0e-1c2d-4a51-9f59-1c8f1f0b8e11",
         *       "code": "MAIN",
         *       "name": "Main University Library",
         *       "timeZone": "Europe/Stockholm",
         *       "version": 2
         *     }
         */
        Institution: {
            /** Format: uuid */
            id: string;
            code: string;
            name: string;
            /** @description IANA time zone: schedules and dates shown to staff are in it */
            timeZone: string;
            /** @description Changes with every update; the ETag is "v<version>" */
            version: number;
        };
        /**
         * Library
         * @example {
         *       "id": "0b6b1e0c-7d2e-4d6b-9a3e-2f7c1d9e4a10",
         *       "active": true,
         *       "version": 1,
         *       "createdAt": "2026-12-07T10:00:00.000Z",
         *       "updatedAt": "2026-12-07T10:00:00.000Z",
         *       "code": "MAIN",
         *       "name": "Main Library"
         *     }
         */
        Library: {
            /** Format: uuid */
            id: string;
            code: string;
            name: string;
            active: boolean;
            /** @description Changes with every update; the ETag is "v<version>" */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /**
         * Location
         * @example {
         *       "id": "0b6b1e0c-7d2e-4d6b-9a3e-2f7c1d9e4a10",
         *       "active": true,
         *       "version": 1,
         *       "createdAt": "2026-12-07T10:00:00.000Z",
         *       "updatedAt": "2026-12-07T10:00:00.000Z",
         *       "code": "STACKS",
         *       "name": "Main stacks",
         *       "libraryId": "6c1f3e0e-1c2d-4a51-9f59-1c8f1f0b8e11"
         *     }
         */
        Location: {
            /** Format: uuid */
            id: string;
            code: string;
            name: string;
            active: boolean;
            /** @description Changes with every update; the ETag is "v<version>" */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** Format: uuid */
            libraryId: string;
        };
        /**
         * Vendor
         * @example {
         *       "id": "0b6b1e0c-7d2e-4d6b-9a3e-2f7c1d9e4a10",
         *       "active": true,
         *       "version": 1,
         *       "createdAt": "2026-12-07T10:00:00.000Z",
         *       "updatedAt": "2026-12-07T10:00:00.000Z",
         *       "code": "YBP",
         *       "name": "GOBI Library Solutions",
         *       "currency": "USD",
         *       "accounts": [
         *         {
         *           "code": "YBP-1",
         *           "description": "Firm orders"
         *         }
         *       ]
         *     }
         */
        Vendor: {
            /** Format: uuid */
            id: string;
            code: string;
            name: string;
            active: boolean;
            /** @description Changes with every update; the ETag is "v<version>" */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description ISO 4217 */
            currency: string;
            accounts: {
                code: string;
                description: string;
            }[];
        };
        /**
         * Fund
         * @example {
         *       "id": "0b6b1e0c-7d2e-4d6b-9a3e-2f7c1d9e4a10",
         *       "active": true,
         *       "version": 1,
         *       "createdAt": "2026-12-07T10:00:00.000Z",
         *       "updatedAt": "2026-12-07T10:00:00.000Z",
         *       "code": "HIST-2026",
         *       "name": "History books 2026"
         *     }
         */
        Fund: {
            /** Format: uuid */
            id: string;
            code: string;
            name: string;
            active: boolean;
            /** @description Changes with every update; the ETag is "v<version>" */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /**
         * ItemPolicy
         * @example {
         *       "id": "0b6b1e0c-7d2e-4d6b-9a3e-2f7c1d9e4a10",
         *       "active": true,
         *       "version": 1,
         *       "createdAt": "2026-12-07T10:00:00.000Z",
         *       "updatedAt": "2026-12-07T10:00:00.000Z",
         *       "code": "LOAN-28",
         *       "name": "28-day loan"
         *     }
         */
        ItemPolicy: {
            /** Format: uuid */
            id: string;
            code: string;
            name: string;
            active: boolean;
            /** @description Changes with every update; the ETag is "v<version>" */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /**
         * MaterialType
         * @example {
         *       "id": "0b6b1e0c-7d2e-4d6b-9a3e-2f7c1d9e4a10",
         *       "active": true,
         *       "version": 1,
         *       "createdAt": "2026-12-07T10:00:00.000Z",
         *       "updatedAt": "2026-12-07T10:00:00.000Z",
         *       "code": "BOOK",
         *       "name": "Book"
         *     }
         */
        MaterialType: {
            /** Format: uuid */
            id: string;
            code: string;
            name: string;
            active: boolean;
            /** @description Changes with every update; the ETag is "v<version>" */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /**
         * PoLine
         * @example {
         *       "id": "3f1d8c62-5a0e-4a8f-9a43-1d2b7b9e0c11",
         *       "number": "POL-1",
         *       "purchaseOrder": {
         *         "id": "5b0e7a2c-3c6e-4f0f-8a2e-0c9d1b7e6a22",
         *         "number": "PO-1"
         *       },
         *       "mmsId": "9900000000001",
         *       "vendor": {
         *         "id": "0b6b1e0c-7d2e-4d6b-9a3e-2f7c1d9e4a10",
         *         "code": "YBP"
         *       },
         *       "vendorAccount": null,
         *       "vendorReferenceNumber": "12345",
         *       "type": "PHYSICAL",
         *       "acquisitionMethod": "PURCHASE",
         *       "price": "24.95",
         *       "currency": "USD",
         *       "quantity": 2,
         *       "fundDistribution": [
         *         {
         *           "fundId": "7d3c1b2a-9e8f-4a6b-8c5d-4e3f2a1b0c99",
         *           "code": "HIST",
         *           "percent": 100
         *         }
         *       ],
         *       "fundCode": "HIST",
         *       "notes": [],
         *       "status": "ACTIVE",
         *       "reviewReasons": [],
         *       "invoiceNumber": null,
         *       "jobId": "6c1f3e0e-1c2d-4a51-9f59-1c8f1f0b8e11",
         *       "createdAt": "2026-12-07T10:00:00.000Z",
         *       "updatedAt": "2026-12-07T10:00:00.000Z"
         *     }
         */
        PoLine: {
            /** Format: uuid */
            id: string;
            /** @description The PO line number */
            number: string;
            purchaseOrder: {
                /** Format: uuid */
                id: string;
                number: string | null;
            };
            /** @description The repository record the PO line orders */
            mmsId: string;
            /** @description The vendor; id null when the code the file gave matched no vendor (the line is then IN_REVIEW) */
            vendor: {
                id: string | null;
                code: string | null;
            };
            vendorAccount: {
                /** Format: uuid */
                id: string;
                code: string | null;
            } | null;
            vendorReferenceNumber: string | null;
            /** @enum {string} */
            type: "PHYSICAL" | "ELECTRONIC";
            acquisitionMethod: string;
            price: string | null;
            currency: string | null;
            quantity: number;
            /** @description Empty when no fund resolved */
            fundDistribution: {
                /** Format: uuid */
                fundId: string;
                code: string;
                percent: number;
            }[];
            fundCode: string | null;
            notes: string[];
            /**
             * @description IN_REVIEW lines wait for a person; reviewReasons say why
             * @enum {string}
             */
            status: "ACTIVE" | "IN_REVIEW";
            reviewReasons: string[];
            invoiceNumber: string | null;
            /**
             * Format: uuid
             * @description The import that created it
             */
            jobId: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /** Holding */
        Holding: {
            /** Format: uuid */
            id: string;
            mmsId: string;
            /** @description The library and its code */
            library: {
                /** Format: uuid */
                id: string;
                code: string | null;
            };
            /** @description The location and its code */
            location: {
                /** Format: uuid */
                id: string;
                code: string | null;
            };
            callNumber: string | null;
            /** @description 852 subfields carried over */
            subfields: {
                code: string;
                value: string;
            }[];
            itemCount: number;
            /** Format: uuid */
            jobId: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /** Item */
        Item: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            holdingId: string;
            mmsId: string;
            /** @description The library and its code */
            library: {
                /** Format: uuid */
                id: string;
                code: string | null;
            };
            /** @description The location and its code */
            location: {
                /** Format: uuid */
                id: string;
                code: string | null;
            };
            poLine: {
                /** Format: uuid */
                id: string;
                number: string | null;
            } | null;
            barcode: string | null;
            itemPolicy: {
                /** Format: uuid */
                id: string;
                code: string | null;
            } | null;
            materialType: {
                /** Format: uuid */
                id: string;
                code: string | null;
            } | null;
            description: string | null;
            enumeration: string | null;
            chronology: string | null;
            copyNumber: string | null;
            receivingDate: string | null;
            processType: string | null;
            /**
             * Format: uuid
             * @description The import that created it
             */
            jobId: string;
            updatedByJob: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /** Portfolio */
        Portfolio: {
            /** Format: uuid */
            id: string;
            mmsId: string;
            poLine: {
                /** Format: uuid */
                id: string;
                number: string | null;
            } | null;
            url: string | null;
            publicNote: string | null;
            /** Format: uuid */
            jobId: string;
            /** Format: date-time */
            createdAt: string;
        };
        /** IntegrationProfile */
        IntegrationProfile: {
            /** Format: uuid */
            id: string;
            code: string;
            name: string;
            description: string;
            /**
             * @description Resource Sharing Integration
             * @enum {string}
             */
            integrationType: "RESOURCE_SHARING";
            /**
             * @description The external system
             * @enum {string}
             */
            system: "LIBRIS";
            baseUrl: string;
            libraryCode: string;
            /** Format: uuid */
            resourceSharingLibraryId: string;
            authentication: boolean;
            /** @description Whether an API key is stored (the key itself is never returned) */
            apiKeySet: boolean;
            active: boolean;
            /**
             * Format: date
             * @description A calendar day, YYYY-MM-DD
             */
            harvestStartDate: string;
            lastHarvestedThrough: string | null;
            /** @description Not scheduled, every day at HH:MM, or every weekday at HH:MM */
            schedule: {
                /** @enum {string} */
                kind: "NONE";
            } | {
                /** @enum {string} */
                kind: "DAILY";
                /** @description HH:MM in the institution's time zone */
                time: string;
            } | {
                /** @enum {string} */
                kind: "WEEKLY";
                /** @enum {string} */
                weekday: "MONDAY" | "TUESDAY" | "WEDNESDAY" | "THURSDAY" | "FRIDAY" | "SATURDAY" | "SUNDAY";
                /** @description HH:MM in the institution's time zone */
                time: string;
            };
            /** @description The next scheduled run; null when not scheduled or inactive. A time the clock skips (spring forward) runs as much later as the gap is long (02:30 → 03:30); a time that happens twice (fall back) runs once, the first time. */
            nextRun: {
                /** @description Local date-time with the offset in force then, e.g. 2027-03-28T03:30:00+02:00 */
                local: string;
                /**
                 * Format: date-time
                 * @description The same instant in UTC
                 */
                utc: string;
                /** @description The institution's IANA time zone, e.g. Europe/Stockholm */
                timeZone: string;
            } | null;
            /** @description Changes on every update; also the ETag */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /** LibraryCodeMapping */
        LibraryCodeMapping: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            integrationProfileId: string;
            externalCode: string;
            /** Format: uuid */
            libraryId: string;
            /** @description Changes on every update; also the ETag */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /** Partner */
        Partner: {
            /** Format: uuid */
            id: string;
            code: string;
            name: string;
            /**
             * @description The external system
             * @enum {string}
             */
            system: "LIBRIS";
            active: boolean;
            /** @description Changes on every update; also the ETag */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /** BorrowingRequest */
        BorrowingRequest: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            integrationProfileId: string;
            /** @description The Libris ILL order number staff see (unique per institution) */
            lfNumber: string;
            /** @description The external system's request id */
            requestId: string;
            /** @description The status as the external system wrote it */
            externalStatus: string;
            /**
             * @description Ours, from Libris's status: Uteliggande → REQUEST_SENT, Läst → READ_BY_PARTNER, Remitterad → FORWARDED, Kan reserveras → RESERVABLE, Reservation/Reserverad → RESERVED, Levererad → SHIPPED, Negativt svar → REJECTED, Avbeställd/Makulerad → CANCELLED, any other → OTHER
             * @enum {string}
             */
            status: "REQUEST_SENT" | "READ_BY_PARTNER" | "FORWARDED" | "RESERVABLE" | "RESERVED" | "SHIPPED" | "REJECTED" | "CANCELLED" | "OTHER";
            title: string | null;
            author: string | null;
            isbnIssn: string | null;
            mediaType: string | null;
            requestingLibrary: {
                /** @description As the external system wrote it */
                code: string;
                libraryId: string | null;
            } | null;
            receivingLibrary: {
                /** @description As the external system wrote it */
                code: string;
                libraryId: string | null;
            };
            /** @description The lending partners in the order the external system lists them */
            lenders: {
                position: number;
                /** @description The lending library's code as the external system wrote it */
                code: string;
                partnerId: string | null;
                response: string | null;
                responseDate: string | null;
                /** @description The lender now holding the request */
                active: boolean;
            }[];
            /** @description The external system's last_modified; a harvest updates the request when it changes */
            lastModified: string;
            dateReceived: string | null;
            dueDate: string | null;
            /** Format: uuid */
            createdByJob: string;
            /** Format: uuid */
            updatedByJob: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /** HarvestReport */
        HarvestReport: {
            /** Format: uuid */
            jobId: string;
            integrationProfileId: string | null;
            /**
             * @description The job's status code
             * @enum {string}
             */
            status: "PENDING" | "INITIALIZING" | "RUNNING" | "FINALIZING" | "COMPLETED_SUCCESS" | "COMPLETED_WITH_ERRORS" | "COMPLETED_NO_BULKS" | "MANUAL_HANDLING_REQUIRED" | "CANCELLED" | "FAILED";
            /** @description Whether the job has finished and the numbers will not change */
            final: boolean;
            /** @description Requests the external system answered for the window */
            found: number;
            /** @description New requests imported */
            created: number;
            /** @description Known requests (by LF number) whose last_modified changed */
            updated: number;
            /** @description Known requests with the same last_modified */
            unchanged: number;
            /** @description Requests that stopped the harvest (a library code with no mapping); nothing of the run is written then */
            failed: number;
        };
        /**
         * JobPage
         * @description A page of Job items, and the cursor of the next page
         */
        JobPage: {
            items: components["schemas"]["Job"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * JobEventPage
         * @description A page of JobEvent items, and the cursor of the next page
         */
        JobEventPage: {
            items: components["schemas"]["JobEvent"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * RevertRecordPage
         * @description A page of RevertRecord items, and the cursor of the next page
         */
        RevertRecordPage: {
            items: components["schemas"]["RevertRecord"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * ProfilePage
         * @description A page of Profile items, and the cursor of the next page
         */
        ProfilePage: {
            items: components["schemas"]["Profile"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * RepositoryRecordPage
         * @description A page of RepositoryRecord items, and the cursor of the next page
         */
        RepositoryRecordPage: {
            items: components["schemas"]["RepositoryRecord"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * IssuePage
         * @description A page of Issue items, and the cursor of the next page
         */
        IssuePage: {
            items: components["schemas"]["Issue"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * UserPage
         * @description A page of User items, and the cursor of the next page
         */
        UserPage: {
            items: components["schemas"]["User"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * LibraryPage
         * @description A page of Library items, and the cursor of the next page
         */
        LibraryPage: {
            items: components["schemas"]["Library"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * LocationPage
         * @description A page of Location items, and the cursor of the next page
         */
        LocationPage: {
            items: components["schemas"]["Location"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * VendorPage
         * @description A page of Vendor items, and the cursor of the next page
         */
        VendorPage: {
            items: components["schemas"]["Vendor"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * FundPage
         * @description A page of Fund items, and the cursor of the next page
         */
        FundPage: {
            items: components["schemas"]["Fund"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * ItemPolicyPage
         * @description A page of ItemPolicy items, and the cursor of the next page
         */
        ItemPolicyPage: {
            items: components["schemas"]["ItemPolicy"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * MaterialTypePage
         * @description A page of MaterialType items, and the cursor of the next page
         */
        MaterialTypePage: {
            items: components["schemas"]["MaterialType"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * PoLinePage
         * @description A page of PoLine items, and the cursor of the next page
         */
        PoLinePage: {
            items: components["schemas"]["PoLine"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * HoldingPage
         * @description A page of Holding items, and the cursor of the next page
         */
        HoldingPage: {
            items: components["schemas"]["Holding"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * ItemPage
         * @description A page of Item items, and the cursor of the next page
         */
        ItemPage: {
            items: components["schemas"]["Item"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * PortfolioPage
         * @description A page of Portfolio items, and the cursor of the next page
         */
        PortfolioPage: {
            items: components["schemas"]["Portfolio"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * IntegrationProfilePage
         * @description A page of IntegrationProfile items, and the cursor of the next page
         */
        IntegrationProfilePage: {
            items: components["schemas"]["IntegrationProfile"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * LibraryCodeMappingPage
         * @description A page of LibraryCodeMapping items, and the cursor of the next page
         */
        LibraryCodeMappingPage: {
            items: components["schemas"]["LibraryCodeMapping"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * PartnerPage
         * @description A page of Partner items, and the cursor of the next page
         */
        PartnerPage: {
            items: components["schemas"]["Partner"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * BorrowingRequestPage
         * @description A page of BorrowingRequest items, and the cursor of the next page
         */
        BorrowingRequestPage: {
            items: components["schemas"]["BorrowingRequest"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type Problem = components['schemas']['Problem'];
export type Job = components['schemas']['Job'];
export type JobEvent = components['schemas']['JobEvent'];
export type JobReport = components['schemas']['JobReport'];
export type BulkFile = components['schemas']['BulkFile'];
export type SplitPreview = components['schemas']['SplitPreview'];
export type RevertReport = components['schemas']['RevertReport'];
export type RevertRecord = components['schemas']['RevertRecord'];
export type Profile = components['schemas']['Profile'];
export type Grant = components['schemas']['Grant'];
export type InventoryPreset = components['schemas']['InventoryPreset'];
export type RepositoryRecord = components['schemas']['RepositoryRecord'];
export type RecordLock = components['schemas']['RecordLock'];
export type RecordSet = components['schemas']['RecordSet'];
export type Issue = components['schemas']['Issue'];
export type IssueDetail = components['schemas']['IssueDetail'];
export type User = components['schemas']['User'];
export type ApiKey = components['schemas']['ApiKey'];
export type Institution = components['schemas']['Institution'];
export type Library = components['schemas']['Library'];
export type Location = components['schemas']['Location'];
export type Vendor = components['schemas']['Vendor'];
export type Fund = components['schemas']['Fund'];
export type ItemPolicy = components['schemas']['ItemPolicy'];
export type MaterialType = components['schemas']['MaterialType'];
export type PoLine = components['schemas']['PoLine'];
export type Holding = components['schemas']['Holding'];
export type Item = components['schemas']['Item'];
export type Portfolio = components['schemas']['Portfolio'];
export type IntegrationProfile = components['schemas']['IntegrationProfile'];
export type LibraryCodeMapping = components['schemas']['LibraryCodeMapping'];
export type Partner = components['schemas']['Partner'];
export type BorrowingRequest = components['schemas']['BorrowingRequest'];
export type HarvestReport = components['schemas']['HarvestReport'];
export type JobPage = components['schemas']['JobPage'];
export type JobEventPage = components['schemas']['JobEventPage'];
export type RevertRecordPage = components['schemas']['RevertRecordPage'];
export type ProfilePage = components['schemas']['ProfilePage'];
export type RepositoryRecordPage = components['schemas']['RepositoryRecordPage'];
export type IssuePage = components['schemas']['IssuePage'];
export type UserPage = components['schemas']['UserPage'];
export type LibraryPage = components['schemas']['LibraryPage'];
export type LocationPage = components['schemas']['LocationPage'];
export type VendorPage = components['schemas']['VendorPage'];
export type FundPage = components['schemas']['FundPage'];
export type ItemPolicyPage = components['schemas']['ItemPolicyPage'];
export type MaterialTypePage = components['schemas']['MaterialTypePage'];
export type PoLinePage = components['schemas']['PoLinePage'];
export type HoldingPage = components['schemas']['HoldingPage'];
export type ItemPage = components['schemas']['ItemPage'];
export type PortfolioPage = components['schemas']['PortfolioPage'];
export type IntegrationProfilePage = components['schemas']['IntegrationProfilePage'];
export type LibraryCodeMappingPage = components['schemas']['LibraryCodeMappingPage'];
export type PartnerPage = components['schemas']['PartnerPage'];
export type BorrowingRequestPage = components['schemas']['BorrowingRequestPage'];
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCurrentUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listUsers: {
        parameters: {
            query?: {
                cursor?: string;
                /** @description Page size */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of User items, and the cursor of the next page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPage"];
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    username: string;
                    displayName: string;
                    roles: ("GENERAL_SYSTEM_ADMINISTRATOR" | "CATALOG_ADMINISTRATOR" | "ACQUISITIONS_ADMINISTRATOR" | "CATALOG_MANAGER" | "REPOSITORY_ADMINISTRATOR" | "DIGITAL_CATALOG_MANAGER" | "PURCHASING_MANAGER" | "PURCHASING_OPERATOR")[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The upload is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency key reused with a different request / The request cannot be applied */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request path is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    displayName?: string;
                    roles?: ("GENERAL_SYSTEM_ADMINISTRATOR" | "CATALOG_ADMINISTRATOR" | "ACQUISITIONS_ADMINISTRATOR" | "CATALOG_MANAGER" | "REPOSITORY_ADMINISTRATOR" | "DIGITAL_CATALOG_MANAGER" | "PURCHASING_MANAGER" | "PURCHASING_OPERATOR")[];
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The upload is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request path is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listApiKeys: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ApiKey"][];
                    };
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request path is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        /** @description The public part of the key, to tell keys apart */
                        prefix: string;
                        /** Format: date-time */
                        createdAt: string;
                        lastUsedAt: string | null;
                        revokedAt: string | null;
                        /** @description The secret key. Shown once: it is stored only as a hash. */
                        key: string;
                    };
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The upload is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request path is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency key reused with a different request / The request cannot be applied */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                keyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request path is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listProfiles: {
        parameters: {
            query?: {
                /** @description What the profile imports */
                type?: "REPOSITORY" | "NEW_ORDER" | "UPDATE_INVENTORY" | "AUTHORITY" | "DIGITAL";
                protocol?: "UPLOAD" | "FTP";
                active?: boolean;
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of Profile items, and the cursor of the next page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProfilePage"];
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createProfile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description Rules across fields (absent fields count with their defaults):
         *     - protocol FTP needs `ftp` with a `password` (SFTP: or a `privateKey`); an UPLOAD profile (the default) has no `ftp` and is not scheduled (`schedule.kind` NONE);
         *     - an AUTHORITY profile matches by SYSTEM_ID or NONE, so it names `match.method`;
         *     - a NEW_ORDER profile creates inventory: `inventory.type` is not NONE (absent: PHYSICAL);
         *     - in `ftp`: afterImport MOVE needs `moveTo` (and `moveTo` needs MOVE), a `privateKey` needs transport SFTP, and SFTP is never `secure` (that is FTPS);
         *     - see `match`, `merge` and `inventory` for theirs.
         */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "OCLC weekly loads",
                 *       "type": "REPOSITORY",
                 *       "match": {
                 *         "method": "OCLC",
                 *         "singleMatchAction": "MERGE"
                 *       }
                 *     }
                 */
                "application/json": {
                    name: string;
                    description?: string;
                    /**
                     * @description What the profile imports
                     * @enum {string}
                     */
                    type: "REPOSITORY" | "NEW_ORDER" | "UPDATE_INVENTORY" | "AUTHORITY" | "DIGITAL";
                    /**
                     * @description AUTO detects ISO 2709, MARCXML or MARC-in-JSON
                     * @enum {string}
                     */
                    sourceFormat?: "AUTO" | "ISO2709" | "MARCXML" | "MARC_JSON";
                    /** @enum {string} */
                    protocol?: "UPLOAD" | "FTP";
                    ftp?: {
                        /**
                         * @description FTP (plain, or explicit FTPS with `secure`) or SFTP; default FTP
                         * @enum {string}
                         */
                        transport?: "FTP" | "SFTP";
                        host: string;
                        username: string;
                        /** @description Default 21 for FTP, 22 for SFTP */
                        port?: number;
                        /** @description The input directory; default / */
                        directory?: string;
                        /** @description File names to fetch, `*` standing for zero or more characters (`*.mrc`, `EOD_*.xml`); a file matching any is fetched. Default ["*"] */
                        filePatterns?: string[];
                        /** @description FTP only: explicit FTPS (AUTH TLS); default false */
                        secure?: boolean;
                        /**
                         * @description What is done with a file on the server once its load job has it stored: LEAVE it (default), MOVE it to `moveTo`, DELETE it
                         * @enum {string}
                         */
                        afterImport?: "LEAVE" | "MOVE" | "DELETE";
                        /** @description The folder files are moved to (afterImport MOVE only) */
                        moveTo?: string | null;
                        /** @description Write-only password: stored encrypted, never returned */
                        password?: string;
                        /** @description Write-only SFTP private key (OpenSSH or PEM): stored encrypted, never returned */
                        privateKey?: string;
                    } | null;
                    /** @description Absent fields take their defaults (method OCLC). matchCancelledNumbers needs method OCLC, ISBN or ISSN; allowDeletes needs a method other than NONE. */
                    match?: {
                        /**
                         * @description How incoming records find their repository match
                         * @enum {string}
                         */
                        method?: "SYSTEM_ID" | "OCLC" | "ISBN" | "ISSN" | "NONE";
                        /** @description Also match on cancelled/invalid numbers (035 $z, 020 $z, 022 $y/$z) */
                        matchCancelledNumbers?: boolean;
                        /** @enum {string} */
                        noMatchAction?: "ADD" | "SKIP";
                        /** @enum {string} */
                        singleMatchAction?: "MERGE" | "OVERLAY" | "ADD" | "SKIP";
                        /**
                         * @description MANUAL opens an import issue; SKIP leaves the record not imported
                         * @enum {string}
                         */
                        multiMatchAction?: "MANUAL" | "SKIP";
                        /** @description Try the automatic multi-match rules first */
                        autoResolveMultiMatch?: boolean;
                        /** @description Do not change a repository record whose 005 is newer */
                        preventOlderVersion?: boolean;
                        /** @description Do not replace a fuller record with a briefer one */
                        checkBriefLevel?: boolean;
                        /** @description Leader/05 = d deletes the matched record */
                        allowDeletes?: boolean;
                        /** @description Skip a single match of another inventory type */
                        skipDifferentInventoryType?: boolean;
                    } & (unknown & unknown);
                    /** @description Absent lists take their defaults (preservedTags ["9XX"], unionTags ["035"]). No tag pattern may be both preserved and unioned. */
                    merge?: {
                        /** @description Fields kept from the existing record */
                        preservedTags?: string[];
                        /** @description Fields taken from both records (merge only) */
                        unionTags?: string[];
                    } & (unknown & unknown);
                    /** @description Records per bulk file */
                    splitSize?: number;
                    /**
                     * @description STRICT: a record with any defect is not imported. REPAIR (default): a defect that can be mended without guessing content (an empty subfield, a directory entry that cannot be real while the field terminators agree, an indicator that is no indicator, a structural leader position, bytes not valid in the record's character set, stored as U+FFFD while the incoming record keeps them) is mended and the record imported, each repair recorded on it as a warning; defects that need a guess leave the record not imported under both.
                     * @enum {string}
                     */
                    repairPolicy?: "STRICT" | "REPAIR";
                    /**
                     * @description The Unicode normalization of the stored text: PRESERVE (default) keeps the incoming text as it is (MARC-8 becomes its decomposed Unicode sequences); NFC or NFD normalize every value. Match keys are NFC whatever the choice.
                     * @enum {string}
                     */
                    normalization?: "PRESERVE" | "NFC" | "NFD";
                    /** @description Library and location need an inventory type other than NONE */
                    inventory?: {
                        /** @enum {string} */
                        type: "NONE" | "PHYSICAL" | "ELECTRONIC";
                        /** @default null */
                        library?: string | null;
                        /** @default null */
                        location?: string | null;
                        /** @description The mapping preset; `mapping`, when set, wins (GET /v1/inventory-presets) */
                        preset?: ("ALMA_949_ITEM" | "ALMA_949_UPDATE_INVENTORY" | "III_960" | "III_OCLC_980" | "EVERGREEN_970" | "GOBI_980" | "REPOSITORY_852_856") | null;
                        mapping?: {
                            order: {
                                vendor?: {
                                    /** @description Alternatives in order; the first present wins */
                                    sources: string[];
                                    /** @description Used when no source is present */
                                    default: string | null;
                                };
                                vendorAccount?: {
                                    /** @description Alternatives in order; the first present wins */
                                    sources: string[];
                                    /** @description Used when no source is present */
                                    default: string | null;
                                };
                                fund?: {
                                    /** @description Alternatives in order; the first present wins */
                                    sources: string[];
                                    /** @description Used when no source is present */
                                    default: string | null;
                                };
                                price?: {
                                    /** @description Alternatives in order; the first present wins */
                                    sources: string[];
                                    /** @description Used when no source is present */
                                    default: string | null;
                                };
                                currency?: {
                                    /** @description Alternatives in order; the first present wins */
                                    sources: string[];
                                    /** @description Used when no source is present */
                                    default: string | null;
                                };
                                quantity?: {
                                    /** @description Alternatives in order; the first present wins */
                                    sources: string[];
                                    /** @description Used when no source is present */
                                    default: string | null;
                                };
                                vendorReference?: {
                                    /** @description Alternatives in order; the first present wins */
                                    sources: string[];
                                    /** @description Used when no source is present */
                                    default: string | null;
                                };
                                acquisitionMethod?: {
                                    /** @description Alternatives in order; the first present wins */
                                    sources: string[];
                                    /** @description Used when no source is present */
                                    default: string | null;
                                };
                                orderFormat?: {
                                    /** @description Alternatives in order; the first present wins */
                                    sources: string[];
                                    /** @description Used when no source is present */
                                    default: string | null;
                                };
                                note?: {
                                    /** @description Alternatives in order; the first present wins */
                                    sources: string[];
                                    /** @description Used when no source is present */
                                    default: string | null;
                                };
                                invoiceNumber?: {
                                    /** @description Alternatives in order; the first present wins */
                                    sources: string[];
                                    /** @description Used when no source is present */
                                    default: string | null;
                                };
                                poLineNumber?: {
                                    /** @description Alternatives in order; the first present wins */
                                    sources: string[];
                                    /** @description Used when no source is present */
                                    default: string | null;
                                };
                            };
                            /** @description The field repeated once per item; null: items come from the quantity */
                            itemTag: string | null;
                            item: {
                                library?: {
                                    /** @description Alternatives in order; the first present wins */
                                    sources: string[];
                                    /** @description Used when no source is present */
                                    default: string | null;
                                };
                                location?: {
                                    /** @description Alternatives in order; the first present wins */
                                    sources: string[];
                                    /** @description Used when no source is present */
                                    default: string | null;
                                };
                                barcode?: {
                                    /** @description Alternatives in order; the first present wins */
                                    sources: string[];
                                    /** @description Used when no source is present */
                                    default: string | null;
                                };
                                itemPolicy?: {
                                    /** @description Alternatives in order; the first present wins */
                                    sources: string[];
                                    /** @description Used when no source is present */
                                    default: string | null;
                                };
                                materialType?: {
                                    /** @description Alternatives in order; the first present wins */
                                    sources: string[];
                                    /** @description Used when no source is present */
                                    default: string | null;
                                };
                                callNumber?: {
                                    /** @description Alternatives in order; the first present wins */
                                    sources: string[];
                                    /** @description Used when no source is present */
                                    default: string | null;
                                };
                                copyNumber?: {
                                    /** @description Alternatives in order; the first present wins */
                                    sources: string[];
                                    /** @description Used when no source is present */
                                    default: string | null;
                                };
                                description?: {
                                    /** @description Alternatives in order; the first present wins */
                                    sources: string[];
                                    /** @description Used when no source is present */
                                    default: string | null;
                                };
                                enumeration?: {
                                    /** @description Alternatives in order; the first present wins */
                                    sources: string[];
                                    /** @description Used when no source is present */
                                    default: string | null;
                                };
                                chronology?: {
                                    /** @description Alternatives in order; the first present wins */
                                    sources: string[];
                                    /** @description Used when no source is present */
                                    default: string | null;
                                };
                            };
                            /** @description Subfields of the item field copied onto the holding */
                            holdingSubfields: string[];
                            /** @description The field each portfolio comes from ($u URL, $z public note) */
                            portfolioTag: string | null;
                        } | null;
                        /** @description Fund code used when the file names none or an unknown one */
                        defaultFund?: string | null;
                        /** @description Fund codes match exactly unless this is true */
                        fundCodesCaseInsensitive?: boolean;
                        /** @description An item without a barcode has none, or one generated from the institution's sequence after the prefix */
                        barcode?: {
                            /** @enum {string} */
                            kind: "NONE";
                        } | {
                            /** @enum {string} */
                            kind: "GENERATE";
                            prefix: string;
                        };
                        /**
                         * @description One purchase order per record, per bulk file, or per vendor invoice number
                         * @enum {string}
                         */
                        poGrouping?: "PER_RECORD" | "PER_FILE" | "PER_INVOICE";
                        /**
                         * @description How an UPDATE_INVENTORY profile finds the PO line
                         * @enum {string}
                         */
                        updateInventoryLookup?: "PO_LINE_NUMBER" | "VENDOR_REFERENCE";
                    };
                    /** @description Not scheduled, every day at HH:MM, or every weekday at HH:MM */
                    schedule?: {
                        /** @enum {string} */
                        kind: "NONE";
                    } | {
                        /** @enum {string} */
                        kind: "DAILY";
                        /** @description HH:MM in the institution's time zone */
                        time: string;
                    } | {
                        /** @enum {string} */
                        kind: "WEEKLY";
                        /** @enum {string} */
                        weekday: "MONDAY" | "TUESDAY" | "WEDNESDAY" | "THURSDAY" | "FRIDAY" | "SATURDAY" | "SUNDAY";
                        /** @description HH:MM in the institution's time zone */
                        time: string;
                    };
                    active?: boolean;
                    /** @description Only users with a grant may run it */
                    restricted?: boolean;
                } & (unknown & unknown & unknown & unknown & unknown & unknown & unknown);
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description The profile version, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Profile"];
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The upload is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency key reused with a different request / The request cannot be applied */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProfile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The profile version, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Profile"];
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request path is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteProfile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request path is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateProfile: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you are changing */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description Changes are merged into the current profile (nested `match`, `merge` and `ftp` field by field), and the result must keep the rules of createProfile: protocol FTP needs ftp settings with a password (SFTP: or a private key), UPLOAD profiles have no ftp and no schedule, AUTHORITY profiles match by SYSTEM_ID or NONE, NEW_ORDER profiles have an inventory type, matchCancelledNumbers needs OCLC, ISBN or ISSN, allowDeletes a match method, and no tag pattern is both preserved and unioned. A result that breaks one answers 400 naming the field. */
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    description?: string;
                    /** @enum {string} */
                    sourceFormat?: "AUTO" | "ISO2709" | "MARCXML" | "MARC_JSON";
                    /** @enum {string} */
                    protocol?: "UPLOAD" | "FTP";
                    ftp?: {
                        /**
                         * @description FTP (plain, or explicit FTPS with `secure`) or SFTP; default FTP
                         * @enum {string}
                         */
                        transport?: "FTP" | "SFTP";
                        host?: string;
                        username?: string;
                        /** @description Default 21 for FTP, 22 for SFTP */
                        port?: number;
                        /** @description The input directory; default / */
                        directory?: string;
                        /** @description File names to fetch, `*` standing for zero or more characters (`*.mrc`, `EOD_*.xml`); a file matching any is fetched. Default ["*"] */
                        filePatterns?: string[];
                        /** @description FTP only: explicit FTPS (AUTH TLS); default false */
                        secure?: boolean;
                        /**
                         * @description What is done with a file on the server once its load job has it stored: LEAVE it (default), MOVE it to `moveTo`, DELETE it
                         * @enum {string}
                         */
                        afterImport?: "LEAVE" | "MOVE" | "DELETE";
                        /** @description The folder files are moved to (afterImport MOVE only) */
                        moveTo?: string | null;
                        /** @description Write-only password: stored encrypted, never returned */
                        password?: string;
                        /** @description Write-only SFTP private key (OpenSSH or PEM): stored encrypted, never returned */
                        privateKey?: string;
                    } | null;
                    match?: {
                        /**
                         * @description How incoming records find their repository match
                         * @enum {string}
                         */
                        method?: "SYSTEM_ID" | "OCLC" | "ISBN" | "ISSN" | "NONE";
                        /** @description Also match on cancelled/invalid numbers (035 $z, 020 $z, 022 $y/$z) */
                        matchCancelledNumbers?: boolean;
                        /** @enum {string} */
                        noMatchAction?: "ADD" | "SKIP";
                        /** @enum {string} */
                        singleMatchAction?: "MERGE" | "OVERLAY" | "ADD" | "SKIP";
                        /**
                         * @description MANUAL opens an import issue; SKIP leaves the record not imported
                         * @enum {string}
                         */
                        multiMatchAction?: "MANUAL" | "SKIP";
                        /** @description Try the automatic multi-match rules first */
                        autoResolveMultiMatch?: boolean;
                        /** @description Do not change a repository record whose 005 is newer */
                        preventOlderVersion?: boolean;
                        /** @description Do not replace a fuller record with a briefer one */
                        checkBriefLevel?: boolean;
                        /** @description Leader/05 = d deletes the matched record */
                        allowDeletes?: boolean;
                        /** @description Skip a single match of another inventory type */
                        skipDifferentInventoryType?: boolean;
                    };
                    merge?: {
                        /** @description Fields kept from the existing record */
                        preservedTags?: string[];
                        /** @description Fields taken from both records (merge only) */
                        unionTags?: string[];
                    };
                    /** @description Records per bulk file */
                    splitSize?: number;
                    /**
                     * @description STRICT: a record with any defect is not imported. REPAIR (default): a defect that can be mended without guessing content (an empty subfield, a directory entry that cannot be real while the field terminators agree, an indicator that is no indicator, a structural leader position, bytes not valid in the record's character set, stored as U+FFFD while the incoming record keeps them) is mended and the record imported, each repair recorded on it as a warning; defects that need a guess leave the record not imported under both.
                     * @enum {string}
                     */
                    repairPolicy?: "STRICT" | "REPAIR";
                    /**
                     * @description The Unicode normalization of the stored text: PRESERVE (default) keeps the incoming text as it is (MARC-8 becomes its decomposed Unicode sequences); NFC or NFD normalize every value. Match keys are NFC whatever the choice.
                     * @enum {string}
                     */
                    normalization?: "PRESERVE" | "NFC" | "NFD";
                    inventory?: {
                        /** @enum {string} */
                        type: "NONE" | "PHYSICAL" | "ELECTRONIC";
                        /** @default null */
                        library?: string | null;
                        /** @default null */
                        location?: string | null;
                        /** @description The mapping preset; `mapping`, when set, wins (GET /v1/inventory-presets) */
                        preset?: ("ALMA_949_ITEM" | "ALMA_949_UPDATE_INVENTORY" | "III_960" | "III_OCLC_980" | "EVERGREEN_970" | "GOBI_980" | "REPOSITORY_852_856") | null;
                        mapping?: {
                            order: {
                                vendor?: {
                                    /** @description Alternatives in order; the first present wins */
                                    sources: string[];
                                    /** @description Used when no source is present */
                                    default: string | null;
                                };
                                vendorAccount?: {
                                    /** @description Alternatives in order; the first present wins */
                                    sources: string[];
                                    /** @description Used when no source is present */
                                    default: string | null;
                                };
                                fund?: {
                                    /** @description Alternatives in order; the first present wins */
                                    sources: string[];
                                    /** @description Used when no source is present */
                                    default: string | null;
                                };
                                price?: {
                                    /** @description Alternatives in order; the first present wins */
                                    sources: string[];
                                    /** @description Used when no source is present */
                                    default: string | null;
                                };
                                currency?: {
                                    /** @description Alternatives in order; the first present wins */
                                    sources: string[];
                                    /** @description Used when no source is present */
                                    default: string | null;
                                };
                                quantity?: {
                                    /** @description Alternatives in order; the first present wins */
                                    sources: string[];
                                    /** @description Used when no source is present */
                                    default: string | null;
                                };
                                vendorReference?: {
                                    /** @description Alternatives in order; the first present wins */
                                    sources: string[];
                                    /** @description Used when no source is present */
                                    default: string | null;
                                };
                                acquisitionMethod?: {
                                    /** @description Alternatives in order; the first present wins */
                                    sources: string[];
                                    /** @description Used when no source is present */
                                    default: string | null;
                                };
                                orderFormat?: {
                                    /** @description Alternatives in order; the first present wins */
                                    sources: string[];
                                    /** @description Used when no source is present */
                                    default: string | null;
                                };
                                note?: {
                                    /** @description Alternatives in order; the first present wins */
                                    sources: string[];
                                    /** @description Used when no source is present */
                                    default: string | null;
                                };
                                invoiceNumber?: {
                                    /** @description Alternatives in order; the first present wins */
                                    sources: string[];
                                    /** @description Used when no source is present */
                                    default: string | null;
                                };
                                poLineNumber?: {
                                    /** @description Alternatives in order; the first present wins */
                                    sources: string[];
                                    /** @description Used when no source is present */
                                    default: string | null;
                                };
                            };
                            /** @description The field repeated once per item; null: items come from the quantity */
                            itemTag: string | null;
                            item: {
                                library?: {
                                    /** @description Alternatives in order; the first present wins */
                                    sources: string[];
                                    /** @description Used when no source is present */
                                    default: string | null;
                                };
                                location?: {
                                    /** @description Alternatives in order; the first present wins */
                                    sources: string[];
                                    /** @description Used when no source is present */
                                    default: string | null;
                                };
                                barcode?: {
                                    /** @description Alternatives in order; the first present wins */
                                    sources: string[];
                                    /** @description Used when no source is present */
                                    default: string | null;
                                };
                                itemPolicy?: {
                                    /** @description Alternatives in order; the first present wins */
                                    sources: string[];
                                    /** @description Used when no source is present */
                                    default: string | null;
                                };
                                materialType?: {
                                    /** @description Alternatives in order; the first present wins */
                                    sources: string[];
                                    /** @description Used when no source is present */
                                    default: string | null;
                                };
                                callNumber?: {
                                    /** @description Alternatives in order; the first present wins */
                                    sources: string[];
                                    /** @description Used when no source is present */
                                    default: string | null;
                                };
                                copyNumber?: {
                                    /** @description Alternatives in order; the first present wins */
                                    sources: string[];
                                    /** @description Used when no source is present */
                                    default: string | null;
                                };
                                description?: {
                                    /** @description Alternatives in order; the first present wins */
                                    sources: string[];
                                    /** @description Used when no source is present */
                                    default: string | null;
                                };
                                enumeration?: {
                                    /** @description Alternatives in order; the first present wins */
                                    sources: string[];
                                    /** @description Used when no source is present */
                                    default: string | null;
                                };
                                chronology?: {
                                    /** @description Alternatives in order; the first present wins */
                                    sources: string[];
                                    /** @description Used when no source is present */
                                    default: string | null;
                                };
                            };
                            /** @description Subfields of the item field copied onto the holding */
                            holdingSubfields: string[];
                            /** @description The field each portfolio comes from ($u URL, $z public note) */
                            portfolioTag: string | null;
                        } | null;
                        /** @description Fund code used when the file names none or an unknown one */
                        defaultFund?: string | null;
                        /** @description Fund codes match exactly unless this is true */
                        fundCodesCaseInsensitive?: boolean;
                        /** @description An item without a barcode has none, or one generated from the institution's sequence after the prefix */
                        barcode?: {
                            /** @enum {string} */
                            kind: "NONE";
                        } | {
                            /** @enum {string} */
                            kind: "GENERATE";
                            prefix: string;
                        };
                        /**
                         * @description One purchase order per record, per bulk file, or per vendor invoice number
                         * @enum {string}
                         */
                        poGrouping?: "PER_RECORD" | "PER_FILE" | "PER_INVOICE";
                        /**
                         * @description How an UPDATE_INVENTORY profile finds the PO line
                         * @enum {string}
                         */
                        updateInventoryLookup?: "PO_LINE_NUMBER" | "VENDOR_REFERENCE";
                    };
                    /** @description Not scheduled, every day at HH:MM, or every weekday at HH:MM */
                    schedule?: {
                        /** @enum {string} */
                        kind: "NONE";
                    } | {
                        /** @enum {string} */
                        kind: "DAILY";
                        /** @description HH:MM in the institution's time zone */
                        time: string;
                    } | {
                        /** @enum {string} */
                        kind: "WEEKLY";
                        /** @enum {string} */
                        weekday: "MONDAY" | "TUESDAY" | "WEDNESDAY" | "THURSDAY" | "FRIDAY" | "SATURDAY" | "SUNDAY";
                        /** @description HH:MM in the institution's time zone */
                        time: string;
                    };
                    active?: boolean;
                    restricted?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The profile version, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Profile"];
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource has changed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The upload is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request path is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listProfileGrants: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Grant"][];
                    };
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request path is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProfileGrant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Grant"];
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request path is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putProfileGrant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Grant"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Grant"];
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request path is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteProfileGrant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request path is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listInventoryPresets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["InventoryPreset"][];
                    };
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    runProfile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Job"];
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request path is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRemoteFiles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        directory: string;
                        /** @description Every plain file of the input directory, by name */
                        items: {
                            name: string;
                            sizeBytes: number;
                            /** @description As the server reports it; null when it reports none */
                            modifiedAt: string | null;
                            /** @description The name matches one of the profile's file-name patterns */
                            matches: boolean;
                            /** @description When this file — this name, size and modification time — was loaded, and by which load job; null if never */
                            loaded: {
                                /** Format: date-time */
                                loadedAt: string;
                                /** Format: uuid */
                                loadJobId: string;
                            } | null;
                        }[];
                    };
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request path is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A server this service depends on failed */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    testProfileConnection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description REACHABLE: logged in and listed the input directory; otherwise the first step that failed
                         * @enum {string}
                         */
                        outcome: "REACHABLE" | "UNREACHABLE" | "AUTH_FAILED" | "DIRECTORY_MISSING" | "LISTING_FAILED";
                        /** @description What the server said, in words */
                        detail: string;
                    };
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request path is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listProfileJobs: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        profile: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            type: string;
                            active: boolean;
                            restricted: boolean;
                        };
                        items: components["schemas"]["Job"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request path is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    startImport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** @description One or more files, each a `file` part; its file name is at most 255 characters */
                    file: string[];
                    /** @description Shown with the job (startImport only) */
                    label?: string;
                    /** @description Kept with the job (startImport only) */
                    notes?: string;
                    /**
                     * @description `true`: run the whole pipeline and write nothing to the repository (startImport only)
                     * @enum {string}
                     */
                    dryRun?: "true" | "false";
                };
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Job"];
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The upload is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request path is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    previewImportSplit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** @description One or more files, each a `file` part; its file name is at most 255 characters */
                    file: string[];
                    /** @description Shown with the job (startImport only) */
                    label?: string;
                    /** @description Kept with the job (startImport only) */
                    notes?: string;
                    /**
                     * @description `true`: run the whole pipeline and write nothing to the repository (startImport only)
                     * @enum {string}
                     */
                    dryRun?: "true" | "false";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SplitPreview"];
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The upload is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request path is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listJobs: {
        parameters: {
            query?: {
                /** @description One or more statuses */
                status?: ("PENDING" | "INITIALIZING" | "RUNNING" | "FINALIZING" | "COMPLETED_SUCCESS" | "COMPLETED_WITH_ERRORS" | "COMPLETED_NO_BULKS" | "MANUAL_HANDLING_REQUIRED" | "CANCELLED" | "FAILED")[];
                /** @description The running tab (unfinished) or the history tab */
                group?: "running" | "history";
                profileId?: string;
                profileType?: "REPOSITORY" | "NEW_ORDER" | "UPDATE_INVENTORY" | "AUTHORITY" | "DIGITAL";
                /** @description Who ran it */
                userId?: string;
                /** @description One or more kinds of job (imports, single-record imports, reverts, …) */
                kind?: ("IMPORT" | "SINGLE_RECORD" | "FTP_FETCH" | "HARVEST" | "REVERT")[];
                /** @description Only dry runs (true) or only real runs (false) */
                dryRun?: boolean;
                startedAfter?: string;
                startedBefore?: string;
                endedAfter?: string;
                endedBefore?: string;
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of Job items, and the cursor of the next page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobPage"];
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Job"];
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request path is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Job"];
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request path is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rerunJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description Re-run only these bulk files of the job (ids from listJobFiles); absent: everything the job read */
                    fileIds?: string[];
                    /** @description Defaults to the original job's label */
                    label?: string;
                    /** @description Defaults to the original job's notes */
                    notes?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Job"];
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The upload is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request path is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency key reused with a different request / The request cannot be applied */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    commitDryRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description Defaults to the dry run's label */
                    label?: string;
                    /** @description Defaults to the dry run's notes */
                    notes?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Job"];
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The upload is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request path is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listJobEvents: {
        parameters: {
            query?: {
                severity?: "INFO" | "WARNING" | "ERROR";
                module?: "UPLOAD" | "SPLIT" | "PARSE" | "MATCH" | "MERGE" | "INVENTORY" | "ORDER" | "FTP" | "HARVEST" | "SYSTEM";
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of JobEvent items, and the cursor of the next page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobEventPage"];
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request path is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listJobFiles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["BulkFile"][];
                    };
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request path is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getJobFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                fileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkFile"];
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request path is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    streamJobEvents: {
        parameters: {
            query?: {
                /** @description Resume after this event id, for clients that cannot send the Last-Event-ID header */
                lastEventId?: number;
            };
            header?: {
                /** @description The id of the last `log` event received; the stream resumes after it */
                "last-event-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /**
             * @description A `text/event-stream` (Server-Sent Events) that ends once the job reaches a finished status or Manual Handling Required. Messages:
             *     - `event: status` — `data` is the job (as getJob) when the stream opens and whenever its status, progress or counters change;
             *     - `event: log` — `data` is one event of the job's log (as listJobEvents), `id` is its event id: reconnect with `Last-Event-ID` to resume after it;
             *     - `event: end` — `data` is `{"status": …}`, the last message: close the connection (EventSource otherwise reconnects);
             *     - a comment line (`: heartbeat`) after 15 s without a message.
             *     Changes are read from the database about twice a second, so the stream follows jobs run by any worker process.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request path is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    downloadJobFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                fileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bulk file in its uploaded format, records exactly as read: ISO 2709 (`application/marc`) records concatenated; MARCXML (`application/marcxml+xml`) records in a `<collection>`; MARC-in-JSON (`application/marc+json`) records in an array. Records that could not be read are included as they were. */
            200: {
                headers: {
                    /** @description attachment; filename="…" */
                    "Content-Disposition"?: string;
                    /** @description Records in the body */
                    "X-Record-Count"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/marc": string;
                    "application/marcxml+xml": string;
                    "application/marc+json": string;
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request path is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    downloadJobFileNotImported: {
        parameters: {
            query?: {
                /** @description Only records not imported for this reason */
                reason?: "INVALID_RECORD" | "TOO_MANY_MATCHES" | "MULTI_MATCH_UNRESOLVED" | "NEWER_VERSION_IN_REPOSITORY" | "BRIEF_LEVEL_LOWER" | "RECORD_LOCKED" | "DIFFERENT_INVENTORY_TYPE" | "INVENTORY_ERROR" | "PO_LINE_NOT_FOUND";
            };
            header?: never;
            path: {
                id: string;
                fileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The records not imported, as ISO 2709 (`application/marc`) or MARCXML (`application/marcxml+xml`), ready to correct and upload again. */
            200: {
                headers: {
                    /** @description attachment; filename="…" */
                    "Content-Disposition"?: string;
                    /** @description Records in the body */
                    "X-Record-Count"?: number;
                    /** @description Records not imported that are left out because they cannot be given in the requested format: records that could not be read exist only as their original bytes (ask for the format they were uploaded in, or download the bulk file's content), and ISO 2709 cannot hold records over 99,999 bytes */
                    "X-Records-Not-Converted"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/marc": string;
                    "application/marcxml+xml": string;
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No acceptable representation */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request path is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    downloadJobNotImported: {
        parameters: {
            query?: {
                /** @description Only records not imported for this reason */
                reason?: "INVALID_RECORD" | "TOO_MANY_MATCHES" | "MULTI_MATCH_UNRESOLVED" | "NEWER_VERSION_IN_REPOSITORY" | "BRIEF_LEVEL_LOWER" | "RECORD_LOCKED" | "DIFFERENT_INVENTORY_TYPE" | "INVENTORY_ERROR" | "PO_LINE_NOT_FOUND";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The records not imported, as ISO 2709 (`application/marc`) or MARCXML (`application/marcxml+xml`), ready to correct and upload again. */
            200: {
                headers: {
                    /** @description attachment; filename="…" */
                    "Content-Disposition"?: string;
                    /** @description Records in the body */
                    "X-Record-Count"?: number;
                    /** @description Records not imported that are left out because they cannot be given in the requested format: records that could not be read exist only as their original bytes (ask for the format they were uploaded in, or download the bulk file's content), and ISO 2709 cannot hold records over 99,999 bytes */
                    "X-Records-Not-Converted"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/marc": string;
                    "application/marcxml+xml": string;
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No acceptable representation */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request path is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revertJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A label for the revert job */
                    label?: string;
                    notes?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Job"];
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The upload is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request path is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency key reused with a different request / The request cannot be applied */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRevertReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevertReport"];
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request path is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRevertRecords: {
        parameters: {
            query?: {
                /** @description Only records with this outcome (PENDING: not decided yet) */
                outcome?: "DELETED" | "RESTORED" | "UNDELETED" | "LEFT_ALONE" | "PENDING";
                /** @description Only records left alone for this reason */
                reason?: "CHANGED_SINCE" | "DELETED_SINCE" | "RECORD_LOCKED";
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of RevertRecord items, and the cursor of the next page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevertRecordPage"];
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request path is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importSingleRecord: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/marc": unknown;
                "application/marcxml+xml": unknown;
                "application/marc+json": unknown;
            };
        };
        responses: {
            /** @description The record's result; the job (kind SINGLE_RECORD) holds its events and report */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        jobId: string;
                        /**
                         * @description The job's status code
                         * @enum {string}
                         */
                        jobStatus: "PENDING" | "INITIALIZING" | "RUNNING" | "FINALIZING" | "COMPLETED_SUCCESS" | "COMPLETED_WITH_ERRORS" | "COMPLETED_NO_BULKS" | "MANUAL_HANDLING_REQUIRED" | "CANCELLED" | "FAILED";
                        /**
                         * @description IMPORTED: added as a new record. MERGED: merged into (or overlaid on) its single match. MULTI_MATCHES_FOUND: several matches (unresolved, or too many); `candidates` lists them — with a MANUAL profile the record waits in an import issue of its job (`jobStatus` MANUAL_HANDLING_REQUIRED). NOT_ADDED_BRIEF / NOT_ADDED_LOCKED / NOT_ADDED_OLD: the single match has a higher brief level / is locked / has a newer 005. SKIPPED: the profile skips it (no match with "skip", a delete request not allowed, …). DELETED: a delete request (Ldr/05 d) deleted its match. NOT_ADDED_INVALID: the record cannot be read (422). NOT_ADDED_OTHER: not imported for another reason, named in `reason`.
                         * @enum {string}
                         */
                        result: "IMPORTED" | "MERGED" | "MULTI_MATCHES_FOUND" | "NOT_ADDED_BRIEF" | "NOT_ADDED_LOCKED" | "NOT_ADDED_OLD" | "SKIPPED" | "DELETED" | "NOT_ADDED_INVALID" | "NOT_ADDED_OTHER";
                        /**
                         * @description The record's outcome in the job report
                         * @enum {string}
                         */
                        outcome: "ADDED" | "MERGED" | "OVERLAID" | "DELETED" | "SKIPPED" | "NOT_IMPORTED" | "PENDING_MANUAL";
                        /** @description Why it was not imported; null when it was */
                        reason: ("INVALID_RECORD" | "TOO_MANY_MATCHES" | "MULTI_MATCH_UNRESOLVED" | "NEWER_VERSION_IN_REPOSITORY" | "BRIEF_LEVEL_LOWER" | "RECORD_LOCKED" | "DIFFERENT_INVENTORY_TYPE" | "INVENTORY_ERROR" | "PO_LINE_NOT_FOUND") | null;
                        /** @description The record added, merged into, overlaid or deleted */
                        mmsId: string | null;
                        /** @description When the record was not imported because of its matches: the MMS IDs of the repository records it matched */
                        candidates: string[];
                    };
                };
            };
            /** @description The body is not a MARC record, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        /** @description The job that recorded the refused body, when one did */
                        jobId?: string | null;
                        /**
                         * @description The job's status code
                         * @enum {string}
                         */
                        jobStatus?: "PENDING" | "INITIALIZING" | "RUNNING" | "FINALIZING" | "COMPLETED_SUCCESS" | "COMPLETED_WITH_ERRORS" | "COMPLETED_NO_BULKS" | "MANUAL_HANDLING_REQUIRED" | "CANCELLED" | "FAILED";
                        result?: ("IMPORTED" | "MERGED" | "MULTI_MATCHES_FOUND" | "NOT_ADDED_BRIEF" | "NOT_ADDED_LOCKED" | "NOT_ADDED_OLD" | "SKIPPED" | "DELETED" | "NOT_ADDED_INVALID" | "NOT_ADDED_OTHER") | null;
                        /** @description When the record cannot be read (422): every problem of it, in record order, each with its field position */
                        problems?: {
                            /** @description What is wrong (BAD_INDICATOR, BAD_SUBFIELD_CODE, …) */
                            code: string;
                            /** @description The field, position or byte that is wrong, for cataloguing staff */
                            message: string;
                            /** @description 1-based position of the field it concerns (directory or element order), null when it concerns no one field */
                            field: number | null;
                        }[];
                    };
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The upload is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request path is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body holds several records, or one that cannot be read */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        /** @description The job that recorded the refused body, when one did */
                        jobId?: string | null;
                        /**
                         * @description The job's status code
                         * @enum {string}
                         */
                        jobStatus?: "PENDING" | "INITIALIZING" | "RUNNING" | "FINALIZING" | "COMPLETED_SUCCESS" | "COMPLETED_WITH_ERRORS" | "COMPLETED_NO_BULKS" | "MANUAL_HANDLING_REQUIRED" | "CANCELLED" | "FAILED";
                        result?: ("IMPORTED" | "MERGED" | "MULTI_MATCHES_FOUND" | "NOT_ADDED_BRIEF" | "NOT_ADDED_LOCKED" | "NOT_ADDED_OLD" | "SKIPPED" | "DELETED" | "NOT_ADDED_INVALID" | "NOT_ADDED_OTHER") | null;
                        /** @description When the record cannot be read (422): every problem of it, in record order, each with its field position */
                        problems?: {
                            /** @description What is wrong (BAD_INDICATOR, BAD_SUBFIELD_CODE, …) */
                            code: string;
                            /** @description The field, position or byte that is wrong, for cataloguing staff */
                            message: string;
                            /** @description 1-based position of the field it concerns (directory or element order), null when it concerns no one field */
                            field: number | null;
                        }[];
                    };
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getJobReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobReport"];
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request path is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    previewJobReportRow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description A row of the job report (a key of its `counters`): `recordsProcessed` — Records processed; `recordsImported` — Records imported (added, merged or overlaid); `recordsAdded` — Records added as new; `recordsMerged` — Records merged into a match; `recordsOverlaid` — Records overlaid onto a match; `recordsUnchanged` — Records merged or overlaid into a match they left unchanged (no new revision); `recordsImportedWithRepairs` — Records imported with repairs (defects mended by the reader, each recorded on the record); `recordsDeleted` — Records deleted; `recordsNotImported` — Records not imported; `recordsSkipped` — Records skipped by the profile; `recordsPendingManual` — Records waiting for manual handling; `multiMatchesFound` — Multi-matches found; `multiMatchesResolvedAutomatically` — Multi-matches resolved automatically; `multiMatchesResolvedManually` — Multi-matches resolved manually; `tooManyMatches` — Too many matches; `matchSkippedDifferentInventoryType` — Match skipped, different inventory type; `newlyAddedWithMatch` — Newly added records that had a match; `newerVersionInRepository` — Records with a newer version in the repository; `matchedAndSkipped` — Total records matched and skipped; `holdingsImported` — Holdings: total imported; `holdingsAdded` — Holdings added; `holdingsUpdated` — Holdings updated; `holdingsNotImported` — Holdings not imported; `itemsProcessed` — Items processed; `itemsImported` — Items imported; `itemsNotImported` — Items not imported; `itemsUpdated` — Items updated (Update Inventory: barcode and item policy of the PO line's items); `portfoliosProcessed` — Portfolios processed; `portfoliosImported` — Portfolios imported; `poLinesProcessed` — PO lines processed; `poLinesImported` — PO lines imported; `poLinesInReview` — PO lines in review */
                counter: "recordsProcessed" | "recordsImported" | "recordsAdded" | "recordsMerged" | "recordsOverlaid" | "recordsUnchanged" | "recordsImportedWithRepairs" | "recordsDeleted" | "recordsNotImported" | "recordsSkipped" | "recordsPendingManual" | "multiMatchesFound" | "multiMatchesResolvedAutomatically" | "multiMatchesResolvedManually" | "tooManyMatches" | "matchSkippedDifferentInventoryType" | "newlyAddedWithMatch" | "newerVersionInRepository" | "matchedAndSkipped" | "holdingsImported" | "holdingsAdded" | "holdingsUpdated" | "holdingsNotImported" | "itemsProcessed" | "itemsImported" | "itemsNotImported" | "itemsUpdated" | "portfoliosProcessed" | "portfoliosImported" | "poLinesProcessed" | "poLinesImported" | "poLinesInReview";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "jobId": "5b3f4c1e-0d2a-4f7b-9c1e-2a3b4c5d6e7f",
                     *       "counter": "recordsMerged",
                     *       "label": "Records merged into a match",
                     *       "total": 1,
                     *       "records": [
                     *         {
                     *           "fileId": "7d1c1d64-8f7a-4a57-9a51-0c2b1f4f3e10",
                     *           "position": 17,
                     *           "outcome": "MERGED",
                     *           "reason": null,
                     *           "mmsId": "9900000000042",
                     *           "title": "Blue train",
                     *           "problem": null,
                     *           "problems": [],
                     *           "inventoryProblems": [],
                     *           "inventoryWarnings": []
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        /** Format: uuid */
                        jobId: string;
                        /**
                         * @description A row of the job report (a key of its `counters`): `recordsProcessed` — Records processed; `recordsImported` — Records imported (added, merged or overlaid); `recordsAdded` — Records added as new; `recordsMerged` — Records merged into a match; `recordsOverlaid` — Records overlaid onto a match; `recordsUnchanged` — Records merged or overlaid into a match they left unchanged (no new revision); `recordsImportedWithRepairs` — Records imported with repairs (defects mended by the reader, each recorded on the record); `recordsDeleted` — Records deleted; `recordsNotImported` — Records not imported; `recordsSkipped` — Records skipped by the profile; `recordsPendingManual` — Records waiting for manual handling; `multiMatchesFound` — Multi-matches found; `multiMatchesResolvedAutomatically` — Multi-matches resolved automatically; `multiMatchesResolvedManually` — Multi-matches resolved manually; `tooManyMatches` — Too many matches; `matchSkippedDifferentInventoryType` — Match skipped, different inventory type; `newlyAddedWithMatch` — Newly added records that had a match; `newerVersionInRepository` — Records with a newer version in the repository; `matchedAndSkipped` — Total records matched and skipped; `holdingsImported` — Holdings: total imported; `holdingsAdded` — Holdings added; `holdingsUpdated` — Holdings updated; `holdingsNotImported` — Holdings not imported; `itemsProcessed` — Items processed; `itemsImported` — Items imported; `itemsNotImported` — Items not imported; `itemsUpdated` — Items updated (Update Inventory: barcode and item policy of the PO line's items); `portfoliosProcessed` — Portfolios processed; `portfoliosImported` — Portfolios imported; `poLinesProcessed` — PO lines processed; `poLinesImported` — PO lines imported; `poLinesInReview` — PO lines in review
                         * @enum {string}
                         */
                        counter: "recordsProcessed" | "recordsImported" | "recordsAdded" | "recordsMerged" | "recordsOverlaid" | "recordsUnchanged" | "recordsImportedWithRepairs" | "recordsDeleted" | "recordsNotImported" | "recordsSkipped" | "recordsPendingManual" | "multiMatchesFound" | "multiMatchesResolvedAutomatically" | "multiMatchesResolvedManually" | "tooManyMatches" | "matchSkippedDifferentInventoryType" | "newlyAddedWithMatch" | "newerVersionInRepository" | "matchedAndSkipped" | "holdingsImported" | "holdingsAdded" | "holdingsUpdated" | "holdingsNotImported" | "itemsProcessed" | "itemsImported" | "itemsNotImported" | "itemsUpdated" | "portfoliosProcessed" | "portfoliosImported" | "poLinesProcessed" | "poLinesImported" | "poLinesInReview";
                        /** @description The row as staff see it in the report */
                        label: string;
                        /** @description Records behind the counter in all (the report's number, as of now) */
                        total: number;
                        /** @description The first 50 of them at most, in bulk file order, then in their order in the file */
                        records: {
                            /**
                             * Format: uuid
                             * @description The bulk file the record is in (see listJobFiles)
                             */
                            fileId: string;
                            /** @description 1-based position of the record in the uploaded file */
                            position: number;
                            outcome: ("ADDED" | "MERGED" | "OVERLAID" | "DELETED" | "SKIPPED" | "NOT_IMPORTED" | "PENDING_MANUAL") | null;
                            reason: ("INVALID_RECORD" | "TOO_MANY_MATCHES" | "MULTI_MATCH_UNRESOLVED" | "NEWER_VERSION_IN_REPOSITORY" | "BRIEF_LEVEL_LOWER" | "RECORD_LOCKED" | "DIFFERENT_INVENTORY_TYPE" | "INVENTORY_ERROR" | "PO_LINE_NOT_FOUND") | null;
                            mmsId: string | null;
                            title: string | null;
                            problem: {
                                code: string;
                                message: string;
                            } | null;
                            /** @description Every problem that kept the record from being read, in record order, each with its field position; empty for a record that was read */
                            problems: {
                                /** @description What is wrong (BAD_INDICATOR, BAD_SUBFIELD_CODE, …) */
                                code: string;
                                /** @description The field, position or byte that is wrong, for cataloguing staff */
                                message: string;
                                /** @description 1-based position of the field it concerns (directory or element order), null when it concerns no one field */
                                field: number | null;
                            }[];
                            /** @description Why inventory or orders were not made or updated as the record says: an item refused (unknown location, duplicate barcode), no PO line found for an Update Inventory record (`no PO line numbered 'POL-0000009'`) */
                            inventoryProblems: string[];
                            /** @description What was created or updated without a value the record gave (`item 1: unknown item policy 'NOPE', created without one`) */
                            inventoryWarnings: string[];
                        }[];
                    };
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request path is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    downloadJobReportRow: {
        parameters: {
            query?: {
                /** @description The MARC format inside the gzip file: `ISO2709` (`application/marc`, `.mrc.gz`) or `MARCXML` (`application/marcxml+xml`, `.xml.gz`). Absent: the format the records were uploaded in (ISO 2709 for MARC-in-JSON). */
                format?: "ISO2709" | "MARCXML";
            };
            header?: never;
            path: {
                id: string;
                /** @description A row of the job report (a key of its `counters`): `recordsProcessed` — Records processed; `recordsImported` — Records imported (added, merged or overlaid); `recordsAdded` — Records added as new; `recordsMerged` — Records merged into a match; `recordsOverlaid` — Records overlaid onto a match; `recordsUnchanged` — Records merged or overlaid into a match they left unchanged (no new revision); `recordsImportedWithRepairs` — Records imported with repairs (defects mended by the reader, each recorded on the record); `recordsDeleted` — Records deleted; `recordsNotImported` — Records not imported; `recordsSkipped` — Records skipped by the profile; `recordsPendingManual` — Records waiting for manual handling; `multiMatchesFound` — Multi-matches found; `multiMatchesResolvedAutomatically` — Multi-matches resolved automatically; `multiMatchesResolvedManually` — Multi-matches resolved manually; `tooManyMatches` — Too many matches; `matchSkippedDifferentInventoryType` — Match skipped, different inventory type; `newlyAddedWithMatch` — Newly added records that had a match; `newerVersionInRepository` — Records with a newer version in the repository; `matchedAndSkipped` — Total records matched and skipped; `holdingsImported` — Holdings: total imported; `holdingsAdded` — Holdings added; `holdingsUpdated` — Holdings updated; `holdingsNotImported` — Holdings not imported; `itemsProcessed` — Items processed; `itemsImported` — Items imported; `itemsNotImported` — Items not imported; `itemsUpdated` — Items updated (Update Inventory: barcode and item policy of the PO line's items); `portfoliosProcessed` — Portfolios processed; `portfoliosImported` — Portfolios imported; `poLinesProcessed` — PO lines processed; `poLinesImported` — PO lines imported; `poLinesInReview` — PO lines in review */
                counter: "recordsProcessed" | "recordsImported" | "recordsAdded" | "recordsMerged" | "recordsOverlaid" | "recordsUnchanged" | "recordsImportedWithRepairs" | "recordsDeleted" | "recordsNotImported" | "recordsSkipped" | "recordsPendingManual" | "multiMatchesFound" | "multiMatchesResolvedAutomatically" | "multiMatchesResolvedManually" | "tooManyMatches" | "matchSkippedDifferentInventoryType" | "newlyAddedWithMatch" | "newerVersionInRepository" | "matchedAndSkipped" | "holdingsImported" | "holdingsAdded" | "holdingsUpdated" | "holdingsNotImported" | "itemsProcessed" | "itemsImported" | "itemsNotImported" | "itemsUpdated" | "portfoliosProcessed" | "portfoliosImported" | "poLinesProcessed" | "poLinesImported" | "poLinesInReview";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One gzip file (the body itself, not a Content-Encoding) holding the records behind the counter as uploaded: ISO 2709 records concatenated, or MARCXML records in a `<collection>`. */
            200: {
                headers: {
                    /** @description attachment; filename="<counter>.mrc.gz" (or .xml.gz) */
                    "Content-Disposition"?: string;
                    /** @description The MARC format inside the gzip file */
                    "X-Marc-Format"?: "ISO2709" | "MARCXML";
                    /** @description Records in the file */
                    "X-Record-Count"?: number;
                    /** @description Records behind the counter left out because they cannot be given in the chosen format: records that could not be read exist only as their original bytes (choose the format they were uploaded in), and ISO 2709 cannot hold records over 99,999 bytes */
                    "X-Records-Not-Converted"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/gzip": string;
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No acceptable representation */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request path is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listJobRecords: {
        parameters: {
            query: {
                jobId: string;
                change?: "added" | "merged" | "overlaid" | "deleted" | "restored" | "undeleted";
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of RepositoryRecord items, and the cursor of the next page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RepositoryRecordPage"];
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRecord: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                mmsId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record; the MARC media types carry the record alone */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RepositoryRecord"];
                    "application/marc": components["schemas"]["RepositoryRecord"];
                    "application/marcxml+xml": components["schemas"]["RepositoryRecord"];
                    "application/marc+json": components["schemas"]["RepositoryRecord"];
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No acceptable representation */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request path is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    lockRecord: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                mmsId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordLock"];
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request path is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    unlockRecord: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                mmsId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Unlocked */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request path is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createSet: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "jobId": "5b3f4c1e-0d2a-4f7b-9c1e-2a3b4c5d6e7f",
                 *       "counter": "recordsMerged",
                 *       "name": "November vendor load: merged"
                 *     }
                 */
                "application/json": {
                    /** Format: uuid */
                    jobId: string;
                    /**
                     * @description A row of the job report (a key of its `counters`): `recordsProcessed` — Records processed; `recordsImported` — Records imported (added, merged or overlaid); `recordsAdded` — Records added as new; `recordsMerged` — Records merged into a match; `recordsOverlaid` — Records overlaid onto a match; `recordsUnchanged` — Records merged or overlaid into a match they left unchanged (no new revision); `recordsImportedWithRepairs` — Records imported with repairs (defects mended by the reader, each recorded on the record); `recordsDeleted` — Records deleted; `recordsNotImported` — Records not imported; `recordsSkipped` — Records skipped by the profile; `recordsPendingManual` — Records waiting for manual handling; `multiMatchesFound` — Multi-matches found; `multiMatchesResolvedAutomatically` — Multi-matches resolved automatically; `multiMatchesResolvedManually` — Multi-matches resolved manually; `tooManyMatches` — Too many matches; `matchSkippedDifferentInventoryType` — Match skipped, different inventory type; `newlyAddedWithMatch` — Newly added records that had a match; `newerVersionInRepository` — Records with a newer version in the repository; `matchedAndSkipped` — Total records matched and skipped; `holdingsImported` — Holdings: total imported; `holdingsAdded` — Holdings added; `holdingsUpdated` — Holdings updated; `holdingsNotImported` — Holdings not imported; `itemsProcessed` — Items processed; `itemsImported` — Items imported; `itemsNotImported` — Items not imported; `itemsUpdated` — Items updated (Update Inventory: barcode and item policy of the PO line's items); `portfoliosProcessed` — Portfolios processed; `portfoliosImported` — Portfolios imported; `poLinesProcessed` — PO lines processed; `poLinesImported` — PO lines imported; `poLinesInReview` — PO lines in review
                     * @enum {string}
                     */
                    counter: "recordsProcessed" | "recordsImported" | "recordsAdded" | "recordsMerged" | "recordsOverlaid" | "recordsUnchanged" | "recordsImportedWithRepairs" | "recordsDeleted" | "recordsNotImported" | "recordsSkipped" | "recordsPendingManual" | "multiMatchesFound" | "multiMatchesResolvedAutomatically" | "multiMatchesResolvedManually" | "tooManyMatches" | "matchSkippedDifferentInventoryType" | "newlyAddedWithMatch" | "newerVersionInRepository" | "matchedAndSkipped" | "holdingsImported" | "holdingsAdded" | "holdingsUpdated" | "holdingsNotImported" | "itemsProcessed" | "itemsImported" | "itemsNotImported" | "itemsUpdated" | "portfoliosProcessed" | "portfoliosImported" | "poLinesProcessed" | "poLinesImported" | "poLinesInReview";
                    /** @description Defaults to the report row and the job, e.g. "Records merged into a match — Metadata Import: …" */
                    name?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordSet"];
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The upload is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency key reused with a different request / The request cannot be applied */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordSet"];
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request path is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSetMembers: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's `nextCursor` */
                cursor?: string;
                /** @description Page size */
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of RepositoryRecord items, and the cursor of the next page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RepositoryRecordPage"];
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request path is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listJobIssues: {
        parameters: {
            query?: {
                /** @description MULTI_MATCH: several repository records match and the profile leaves the choice to a person; INVALID: the record could not be read at all */
                kind?: "MULTI_MATCH" | "INVALID";
                /** @description OPEN: waiting for a person; RESOLVED: a person decided; CLOSED: nobody can decide any more (a dry run's issue, or its job was cancelled or failed) */
                status?: "OPEN" | "RESOLVED" | "CLOSED";
                /** @description Opaque cursor from the previous page's `nextCursor` */
                cursor?: string;
                /** @description Page size */
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of Issue items, and the cursor of the next page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssuePage"];
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request path is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listIssues: {
        parameters: {
            query?: {
                jobId?: string;
                profileId?: string;
                /** @description Only the issues of dry runs (true) or of real runs (false) */
                dryRun?: boolean;
                /** @description MULTI_MATCH: several repository records match and the profile leaves the choice to a person; INVALID: the record could not be read at all */
                kind?: "MULTI_MATCH" | "INVALID";
                /** @description OPEN: waiting for a person; RESOLVED: a person decided; CLOSED: nobody can decide any more (a dry run's issue, or its job was cancelled or failed) */
                status?: "OPEN" | "RESOLVED" | "CLOSED";
                /** @description Opaque cursor from the previous page's `nextCursor` */
                cursor?: string;
                /** @description Page size */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of Issue items, and the cursor of the next page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssuePage"];
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getIssue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The issue id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssueDetail"];
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request path is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    resolveIssue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The issue id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description IMPORT_AS_NEW: add the record as a new one; MERGE / OVERLAY: onto the chosen candidate (`mmsId`); SKIP: leave the record out. An INVALID issue takes SKIP only.
                     * @enum {string}
                     */
                    action: "IMPORT_AS_NEW" | "MERGE" | "OVERLAY" | "SKIP";
                    /** @description An MMS ID */
                    mmsId?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Issue"];
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The upload is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request path is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency key reused with a different request / The request cannot be applied */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    resolveIssues: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "resolutions": [
                 *         {
                 *           "issueId": "42",
                 *           "action": "SKIP"
                 *         },
                 *         {
                 *           "issueId": "43",
                 *           "action": "OVERLAY",
                 *           "mmsId": "9900000000102"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @description Applied one by one, each all-or-nothing */
                    resolutions: {
                        /** @description The issue id */
                        issueId: string;
                        /**
                         * @description IMPORT_AS_NEW: add the record as a new one; MERGE / OVERLAY: onto the chosen candidate (`mmsId`); SKIP: leave the record out. An INVALID issue takes SKIP only.
                         * @enum {string}
                         */
                        action: "IMPORT_AS_NEW" | "MERGE" | "OVERLAY" | "SKIP";
                        /** @description An MMS ID */
                        mmsId?: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One per requested resolution, in request order */
                        results: {
                            issueId: string;
                            resolved: boolean;
                            issue: {
                                id: string;
                                /** Format: uuid */
                                jobId: string;
                                profileId: string | null;
                                /**
                                 * @description MULTI_MATCH: several repository records match and the profile leaves the choice to a person; INVALID: the record could not be read at all
                                 * @enum {string}
                                 */
                                kind: "MULTI_MATCH" | "INVALID";
                                /**
                                 * @description OPEN: waiting for a person; RESOLVED: a person decided; CLOSED: nobody can decide any more (a dry run's issue, or its job was cancelled or failed)
                                 * @enum {string}
                                 */
                                status: "OPEN" | "RESOLVED" | "CLOSED";
                                /** @description The issue of a dry run: what a real run would ask; it cannot be resolved */
                                dryRun: boolean;
                                /** @description Why no automatic decision was possible (the multi-match explanation, or why the record could not be read) */
                                reason: string;
                                record: {
                                    /** @description The bulk file the record came in */
                                    bulkFile: string;
                                    /** @description Its position in the bulk file, from 1 */
                                    position: number;
                                    outcome: string | null;
                                };
                                /** @description The candidates left for a person (MULTI_MATCH) */
                                candidateMmsIds: string[];
                                resolution: {
                                    /**
                                     * @description IMPORT_AS_NEW: add the record as a new one; MERGE / OVERLAY: onto the chosen candidate (`mmsId`); SKIP: leave the record out. An INVALID issue takes SKIP only.
                                     * @enum {string}
                                     */
                                    action: "IMPORT_AS_NEW" | "MERGE" | "OVERLAY" | "SKIP";
                                    mmsId: string | null;
                                    resolvedBy: string | null;
                                    resolvedAt: string | null;
                                } | null;
                                /** Format: date-time */
                                createdAt: string;
                            } | null;
                            problem: {
                                status: number;
                                code: string;
                                detail: string;
                            } | null;
                        }[];
                    };
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The upload is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listLibraries: {
        parameters: {
            query?: {
                /** @description Only active (true) or inactive (false) entries */
                active?: boolean;
                /** @description Only the entry with exactly this code */
                code?: string;
                /** @description Opaque cursor from the previous page's `nextCursor` */
                cursor?: string;
                /** @description Page size */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of Library items, and the cursor of the next page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibraryPage"];
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createLibrary: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Kept exactly as given (codes are case-sensitive); unique within its owner */
                    code: string;
                    name: string;
                    /** @description Inactive entries stay for what already refers to them; new data should not pick them */
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description The version, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Library"];
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The upload is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency key reused with a different request / The request cannot be applied */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getLibrary: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Library"];
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request path is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteLibrary: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request path is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateLibrary: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you are changing */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Kept exactly as given (codes are case-sensitive); unique within its owner */
                    code?: string;
                    name?: string;
                    /** @description Inactive entries stay for what already refers to them; new data should not pick them */
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Library"];
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource has changed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The upload is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request path is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listFunds: {
        parameters: {
            query?: {
                /** @description Only active (true) or inactive (false) entries */
                active?: boolean;
                /** @description Only the entry with exactly this code */
                code?: string;
                /** @description Opaque cursor from the previous page's `nextCursor` */
                cursor?: string;
                /** @description Page size */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of Fund items, and the cursor of the next page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundPage"];
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createFund: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Kept exactly as given (codes are case-sensitive); unique within its owner */
                    code: string;
                    name: string;
                    /** @description Inactive entries stay for what already refers to them; new data should not pick them */
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description The version, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Fund"];
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The upload is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency key reused with a different request / The request cannot be applied */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFund: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Fund"];
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request path is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteFund: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request path is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateFund: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you are changing */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Kept exactly as given (codes are case-sensitive); unique within its owner */
                    code?: string;
                    name?: string;
                    /** @description Inactive entries stay for what already refers to them; new data should not pick them */
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Fund"];
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource has changed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The upload is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request path is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listItemPolicies: {
        parameters: {
            query?: {
                /** @description Only active (true) or inactive (false) entries */
                active?: boolean;
                /** @description Only the entry with exactly this code */
                code?: string;
                /** @description Opaque cursor from the previous page's `nextCursor` */
                cursor?: string;
                /** @description Page size */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of ItemPolicy items, and the cursor of the next page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemPolicyPage"];
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createItemPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Kept exactly as given (codes are case-sensitive); unique within its owner */
                    code: string;
                    name: string;
                    /** @description Inactive entries stay for what already refers to them; new data should not pick them */
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description The version, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemPolicy"];
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The upload is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency key reused with a different request / The request cannot be applied */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getItemPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemPolicy"];
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request path is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteItemPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request path is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateItemPolicy: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you are changing */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Kept exactly as given (codes are case-sensitive); unique within its owner */
                    code?: string;
                    name?: string;
                    /** @description Inactive entries stay for what already refers to them; new data should not pick them */
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemPolicy"];
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource has changed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The upload is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request path is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMaterialTypes: {
        parameters: {
            query?: {
                /** @description Only active (true) or inactive (false) entries */
                active?: boolean;
                /** @description Only the entry with exactly this code */
                code?: string;
                /** @description Opaque cursor from the previous page's `nextCursor` */
                cursor?: string;
                /** @description Page size */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of MaterialType items, and the cursor of the next page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MaterialTypePage"];
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createMaterialType: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Kept exactly as given (codes are case-sensitive); unique within its owner */
                    code: string;
                    name: string;
                    /** @description Inactive entries stay for what already refers to them; new data should not pick them */
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description The version, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MaterialType"];
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The upload is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency key reused with a different request / The request cannot be applied */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMaterialType: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MaterialType"];
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request path is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteMaterialType: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request path is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateMaterialType: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you are changing */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Kept exactly as given (codes are case-sensitive); unique within its owner */
                    code?: string;
                    name?: string;
                    /** @description Inactive entries stay for what already refers to them; new data should not pick them */
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MaterialType"];
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource has changed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The upload is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request path is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listLocations: {
        parameters: {
            query?: {
                /** @description Only active (true) or inactive (false) entries */
                active?: boolean;
                /** @description Only the entry with exactly this code */
                code?: string;
                /** @description Opaque cursor from the previous page's `nextCursor` */
                cursor?: string;
                /** @description Page size */
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of Location items, and the cursor of the next page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LocationPage"];
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request path is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createLocation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Kept exactly as given (codes are case-sensitive); unique within its owner */
                    code: string;
                    name: string;
                    /** @description Inactive entries stay for what already refers to them; new data should not pick them */
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description The version, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Location"];
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The upload is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request path is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency key reused with a different request / The request cannot be applied */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getLocation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                locationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Location"];
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request path is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteLocation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                locationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request path is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateLocation: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you are changing */
                "if-match"?: string;
            };
            path: {
                id: string;
                locationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Kept exactly as given (codes are case-sensitive); unique within its owner */
                    code?: string;
                    name?: string;
                    /** @description Inactive entries stay for what already refers to them; new data should not pick them */
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Location"];
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource has changed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The upload is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request path is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listVendors: {
        parameters: {
            query?: {
                /** @description Only active (true) or inactive (false) entries */
                active?: boolean;
                /** @description Only the entry with exactly this code */
                code?: string;
                /** @description Opaque cursor from the previous page's `nextCursor` */
                cursor?: string;
                /** @description Page size */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of Vendor items, and the cursor of the next page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VendorPage"];
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createVendor: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Kept exactly as given (codes are case-sensitive); unique within its owner */
                    code: string;
                    name: string;
                    /** @description ISO 4217 currency code, e.g. EUR, USD, SEK */
                    currency: string;
                    /** @description The vendor's accounts; on update the list replaces the current one */
                    accounts?: {
                        /** @description Kept exactly as given (codes are case-sensitive); unique within its owner */
                        code: string;
                        description?: string;
                    }[];
                    /** @description Inactive entries stay for what already refers to them; new data should not pick them */
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description The version, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Vendor"];
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The upload is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency key reused with a different request / The request cannot be applied */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getVendor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Vendor"];
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request path is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteVendor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request path is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateVendor: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you are changing */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Kept exactly as given (codes are case-sensitive); unique within its owner */
                    code?: string;
                    name?: string;
                    /** @description ISO 4217 currency code, e.g. EUR, USD, SEK */
                    currency?: string;
                    /** @description The vendor's accounts; on update the list replaces the current one */
                    accounts?: {
                        /** @description Kept exactly as given (codes are case-sensitive); unique within its owner */
                        code: string;
                        description?: string;
                    }[];
                    /** @description Inactive entries stay for what already refers to them; new data should not pick them */
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Vendor"];
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource has changed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The upload is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request path is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getInstitution: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Institution"];
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateInstitution: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you are changing */
                "if-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description An IANA time zone name, e.g. Europe/Stockholm */
                    timeZone?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Institution"];
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource has changed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The upload is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPoLines: {
        parameters: {
            query?: {
                jobId?: string;
                status?: "ACTIVE" | "IN_REVIEW";
                vendorId?: string;
                fundId?: string;
                /** @description Opaque cursor from the previous page's `nextCursor` */
                cursor?: string;
                /** @description Page size */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of PoLine items, and the cursor of the next page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PoLinePage"];
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPoLine: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PoLine"];
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request path is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listJobPoLines: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's `nextCursor` */
                cursor?: string;
                /** @description Page size */
                limit?: number;
                status?: "ACTIVE" | "IN_REVIEW";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of PoLine items, and the cursor of the next page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PoLinePage"];
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request path is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRecordHoldings: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's `nextCursor` */
                cursor?: string;
                /** @description Page size */
                limit?: number;
            };
            header?: never;
            path: {
                mmsId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of Holding items, and the cursor of the next page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HoldingPage"];
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request path is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listHoldingItems: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's `nextCursor` */
                cursor?: string;
                /** @description Page size */
                limit?: number;
            };
            header?: never;
            path: {
                mmsId: string;
                holdingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of Item items, and the cursor of the next page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemPage"];
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request path is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRecordItems: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's `nextCursor` */
                cursor?: string;
                /** @description Page size */
                limit?: number;
            };
            header?: never;
            path: {
                mmsId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of Item items, and the cursor of the next page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemPage"];
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request path is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    findItems: {
        parameters: {
            query: {
                /** @description The item with exactly this barcode */
                barcode: string;
                /** @description Opaque cursor from the previous page's `nextCursor` */
                cursor?: string;
                /** @description Page size */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of Item items, and the cursor of the next page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemPage"];
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRecordPortfolios: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's `nextCursor` */
                cursor?: string;
                /** @description Page size */
                limit?: number;
            };
            header?: never;
            path: {
                mmsId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of Portfolio items, and the cursor of the next page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioPage"];
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request path is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listIntegrationProfiles: {
        parameters: {
            query?: {
                active?: boolean;
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of IntegrationProfile items, and the cursor of the next page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntegrationProfilePage"];
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createIntegrationProfile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description integrationType defaults to RESOURCE_SHARING and system to LIBRIS. With `authentication` on, `apiKey` is required. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "code": "LIBRIS_ILL",
                 *       "name": "Libris ILL",
                 *       "baseUrl": "https://iller.libris.kb.se/librisfjarrlan/api",
                 *       "libraryCode": "Hig",
                 *       "resourceSharingLibraryId": "0b6f2f5e-8a8e-4c0b-a1b7-59e1c0f7d2a4",
                 *       "apiKey": "secret-from-the-libris-settings-page",
                 *       "authentication": true,
                 *       "harvestStartDate": "2026-11-01",
                 *       "schedule": {
                 *         "kind": "DAILY",
                 *         "time": "06:00"
                 *       }
                 *     }
                 */
                "application/json": {
                    /** @description Stored exactly as given */
                    code: string;
                    name: string;
                    description?: string;
                    /**
                     * @description Resource Sharing Integration
                     * @enum {string}
                     */
                    integrationType?: "RESOURCE_SHARING";
                    /**
                     * @description The external system
                     * @enum {string}
                     */
                    system?: "LIBRIS";
                    /** @description The external system's API base, e.g. `https://iller.libris.kb.se/librisfjarrlan/api`; the harvest calls `{baseUrl}/illrequests/{libraryCode}/outgoing` */
                    baseUrl: string;
                    /** @description Your library's code (sigel) in the external system; case-sensitive, as Libris has it */
                    libraryCode: string;
                    /**
                     * Format: uuid
                     * @description The library of ours that imported requests are transferred to
                     */
                    resourceSharingLibraryId: string;
                    /** @description Write-only: sent as the `api-key` header; stored encrypted, never returned or logged */
                    apiKey?: string;
                    /** @description Send the API key with every call; needs `apiKey` */
                    authentication?: boolean;
                    active?: boolean;
                    /**
                     * Format: date
                     * @description A calendar day, YYYY-MM-DD
                     */
                    harvestStartDate: string;
                    /** @description Not scheduled, every day at HH:MM, or every weekday at HH:MM */
                    schedule?: {
                        /** @enum {string} */
                        kind: "NONE";
                    } | {
                        /** @enum {string} */
                        kind: "DAILY";
                        /** @description HH:MM in the institution's time zone */
                        time: string;
                    } | {
                        /** @enum {string} */
                        kind: "WEEKLY";
                        /** @enum {string} */
                        weekday: "MONDAY" | "TUESDAY" | "WEDNESDAY" | "THURSDAY" | "FRIDAY" | "SATURDAY" | "SUNDAY";
                        /** @description HH:MM in the institution's time zone */
                        time: string;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description The version, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntegrationProfile"];
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The upload is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency key reused with a different request / The request cannot be applied */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getIntegrationProfile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntegrationProfile"];
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request path is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteIntegrationProfile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request path is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateIntegrationProfile: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you are changing */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description Absent fields keep their values; `apiKey: null` removes the key (then `authentication` must be off). */
        requestBody: {
            content: {
                "application/json": {
                    /** @description Stored exactly as given */
                    code?: string;
                    name?: string;
                    description?: string;
                    /**
                     * @description Resource Sharing Integration
                     * @enum {string}
                     */
                    integrationType?: "RESOURCE_SHARING";
                    /**
                     * @description The external system
                     * @enum {string}
                     */
                    system?: "LIBRIS";
                    /** @description The external system's API base, e.g. `https://iller.libris.kb.se/librisfjarrlan/api`; the harvest calls `{baseUrl}/illrequests/{libraryCode}/outgoing` */
                    baseUrl?: string;
                    /** @description Your library's code (sigel) in the external system; case-sensitive, as Libris has it */
                    libraryCode?: string;
                    /**
                     * Format: uuid
                     * @description The library of ours that imported requests are transferred to
                     */
                    resourceSharingLibraryId?: string;
                    apiKey?: string | null;
                    authentication?: boolean;
                    active?: boolean;
                    /**
                     * Format: date
                     * @description A calendar day, YYYY-MM-DD
                     */
                    harvestStartDate?: string;
                    /** @description Not scheduled, every day at HH:MM, or every weekday at HH:MM */
                    schedule?: {
                        /** @enum {string} */
                        kind: "NONE";
                    } | {
                        /** @enum {string} */
                        kind: "DAILY";
                        /** @description HH:MM in the institution's time zone */
                        time: string;
                    } | {
                        /** @enum {string} */
                        kind: "WEEKLY";
                        /** @enum {string} */
                        weekday: "MONDAY" | "TUESDAY" | "WEDNESDAY" | "THURSDAY" | "FRIDAY" | "SATURDAY" | "SUNDAY";
                        /** @description HH:MM in the institution's time zone */
                        time: string;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntegrationProfile"];
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource has changed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The upload is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request path is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    runIntegrationProfile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Job"];
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request path is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency key reused with a different request / The request cannot be applied */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listLibraryCodeMappings: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of LibraryCodeMapping items, and the cursor of the next page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibraryCodeMappingPage"];
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request path is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createLibraryCodeMapping: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The library's code in the external system (a Libris sigel), matched exactly */
                    externalCode: string;
                    /**
                     * Format: uuid
                     * @description Our library
                     */
                    libraryId: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description The version, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibraryCodeMapping"];
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The upload is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request path is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency key reused with a different request / The request cannot be applied */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getLibraryCodeMapping: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                mappingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibraryCodeMapping"];
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request path is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteLibraryCodeMapping: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                mappingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request path is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateLibraryCodeMapping: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you are changing */
                "if-match"?: string;
            };
            path: {
                id: string;
                mappingId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The library's code in the external system (a Libris sigel), matched exactly */
                    externalCode?: string;
                    /**
                     * Format: uuid
                     * @description Our library
                     */
                    libraryId?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibraryCodeMapping"];
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource has changed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The upload is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request path is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPartners: {
        parameters: {
            query?: {
                /** @description The partner with this code, regardless of case */
                code?: string;
                active?: boolean;
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of Partner items, and the cursor of the next page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerPage"];
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createPartner: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Stored as given; unique and looked up regardless of case */
                    code: string;
                    name: string;
                    /**
                     * @description The external system
                     * @enum {string}
                     */
                    system?: "LIBRIS";
                    /** @description An inactive partner is not attached to harvested requests */
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description The version, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Partner"];
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The upload is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency key reused with a different request / The request cannot be applied */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPartner: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Partner"];
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request path is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deletePartner: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request path is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updatePartner: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you are changing */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Stored as given; unique and looked up regardless of case */
                    code?: string;
                    name?: string;
                    /**
                     * @description The external system
                     * @enum {string}
                     */
                    system?: "LIBRIS";
                    /** @description An inactive partner is not attached to harvested requests */
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Partner"];
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource has changed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The upload is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request path is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listBorrowingRequests: {
        parameters: {
            query?: {
                /** @description Ours, from Libris's status: Uteliggande → REQUEST_SENT, Läst → READ_BY_PARTNER, Remitterad → FORWARDED, Kan reserveras → RESERVABLE, Reservation/Reserverad → RESERVED, Levererad → SHIPPED, Negativt svar → REJECTED, Avbeställd/Makulerad → CANCELLED, any other → OTHER */
                status?: "REQUEST_SENT" | "READ_BY_PARTNER" | "FORWARDED" | "RESERVABLE" | "RESERVED" | "SHIPPED" | "REJECTED" | "CANCELLED" | "OTHER";
                /** @description Requests with this partner among their lenders */
                partnerId?: string;
                /** @description Requests the harvest job created or last updated */
                jobId?: string;
                /** @description Requests created or changed at or after this moment */
                updatedSince?: string;
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of BorrowingRequest items, and the cursor of the next page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BorrowingRequestPage"];
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBorrowingRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BorrowingRequest"];
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request path is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getHarvestReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HarvestReport"];
                };
            };
            /** @description The request is not valid / The request cannot be processed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You are not allowed to do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request path is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
