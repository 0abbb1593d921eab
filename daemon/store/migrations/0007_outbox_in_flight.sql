-- 0007: a send that was started and whose outcome was not recorded. The
-- sender sets sending_at before it hands a mail to the server and clears it
-- with the outcome. A row still marked after a crash (kill -9 between the
-- server's "250" and the commit) may have been delivered: before sending it
-- again the daemon looks for the copy it Bcc'd to the dedicated mailbox,
-- so a crash does not send the same email twice.
ALTER TABLE outbox ADD COLUMN sending_at INTEGER;

-- A restart files messages it handled but had not yet moved, each where its
-- kind belongs (quarantine, sent copies, processed): looked up by UID.
CREATE INDEX messages_seen_uid ON messages_seen(uid_validity, uid);
