-- Uploaded rosters hold resident IDs and phones. From now on the API stores them sealed with the PII
-- keys (PiiCipher.encryptBytes) and the worker empties a job's file when the import ends, DONE or
-- FAILED, keeping file_sha256, so the same file uploaded twice is still recognised. This erases the
-- files of imports that ended before that. A job still queued or running keeps its file (in clear,
-- from before this change, which the worker still reads) until it ends.
UPDATE "import_jobs" SET "content" = '\x'::bytea WHERE "status" IN ('DONE', 'FAILED') AND length("content") > 0;
