-- 0008: the bytes of an outbox email live in a table of their own. Every
-- update of an outbox row (sending_at, sent_at, attempts) changed the
-- size of its record, so SQLite rewrote the ~8 KB of email in new overflow
-- pages each time: three or more WAL pages per email sent, and the
-- freelist churning. Intake also writes a row before its email is built
-- (off the transaction's goroutine) and adds the bytes before the commit:
-- an insert here rather than a rewrite of the row.
CREATE TABLE outbox_raw (
	id  INTEGER PRIMARY KEY, -- outbox.id
	raw BLOB    NOT NULL
);
INSERT INTO outbox_raw(id, raw) SELECT id, raw FROM outbox;
ALTER TABLE outbox DROP COLUMN raw;
