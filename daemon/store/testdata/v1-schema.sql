-- A frozen copy of schema version 1, as shipped. DO NOT EDIT: the upgrade test
-- proves that a database created by the first release migrates cleanly.
-- 0001: the first schema. Never edit this file once shipped; add 0002_*.sql.
-- Instants are INTEGER unix seconds in UTC: sortable, zone-free, and
-- unambiguous across DST changes. Zones are applied only when showing them.

-- Everyone the owner reached out to, or was referred to.
CREATE TABLE contacts (
	id              INTEGER PRIMARY KEY,
	email           TEXT    NOT NULL UNIQUE COLLATE NOCASE,
	name            TEXT    NOT NULL DEFAULT '',
	organization    TEXT,
	-- awaiting_reply | replied | scheduled | met | declined | deferred | referred | to_contact
	status          TEXT    NOT NULL,
	referred_by     INTEGER REFERENCES contacts(id),
	may_mention_referrer INTEGER NOT NULL DEFAULT 0,
	outreach_at     INTEGER,          -- when the owner first wrote to them
	replied_at      INTEGER,          -- their latest reply
	due_at          INTEGER,          -- a deferred contact comes due again
	last_message_id TEXT,             -- their latest message, for threading the thank-you
	thread_refs     TEXT NOT NULL DEFAULT '', -- space-separated Message-IDs of the thread
	subject         TEXT NOT NULL DEFAULT '',
	created_at      INTEGER NOT NULL,
	updated_at      INTEGER NOT NULL
);
CREATE INDEX contacts_status ON contacts(status);

-- One row per meeting, for its whole life; uid is its iCalendar UID.
CREATE TABLE meetings (
	id               INTEGER PRIMARY KEY,
	contact_id       INTEGER NOT NULL REFERENCES contacts(id),
	uid              TEXT    NOT NULL UNIQUE,
	sequence         INTEGER NOT NULL DEFAULT 0,
	-- proposed (invite sent to the owner) | confirmed | held | cancelled
	status           TEXT    NOT NULL,
	start_at         INTEGER NOT NULL,
	end_at           INTEGER NOT NULL,
	location_kind    TEXT    NOT NULL DEFAULT 'unspecified',
	location         TEXT    NOT NULL DEFAULT '',
	owner_partstat   TEXT    NOT NULL DEFAULT 'NEEDS-ACTION',
	contact_partstat TEXT    NOT NULL DEFAULT 'NEEDS-ACTION',
	contact_invited  INTEGER NOT NULL DEFAULT 0,
	notes            TEXT    NOT NULL DEFAULT '',
	-- pending | review | sent | skipped | missed
	thank_you        TEXT    NOT NULL DEFAULT 'pending',
	thank_you_at     INTEGER,
	source_message_id TEXT   NOT NULL DEFAULT '',
	created_at       INTEGER NOT NULL,
	updated_at       INTEGER NOT NULL
);
CREATE INDEX meetings_start ON meetings(start_at);
CREATE INDEX meetings_contact ON meetings(contact_id);

-- The meeting's history: every change, with what caused it.
CREATE TABLE meeting_events (
	id         INTEGER PRIMARY KEY,
	meeting_id INTEGER NOT NULL REFERENCES meetings(id),
	at         INTEGER NOT NULL,
	event      TEXT    NOT NULL,
	detail     TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX meeting_events_meeting ON meeting_events(meeting_id);

-- Every message intake has finished with, so a message is acted on once
-- even when the mailbox hands it over again.
CREATE TABLE messages_seen (
	id           INTEGER PRIMARY KEY,
	message_id   TEXT    NOT NULL UNIQUE,
	uid_validity INTEGER NOT NULL DEFAULT 0,
	uid          INTEGER NOT NULL DEFAULT 0,
	kind         TEXT    NOT NULL,   -- thread | reply | command | quarantined | ignored
	outcome      TEXT    NOT NULL DEFAULT '',
	contact_id   INTEGER REFERENCES contacts(id),
	meeting_id   INTEGER REFERENCES meetings(id),
	seen_at      INTEGER NOT NULL
);

-- Where intake stopped, per mailbox.
CREATE TABLE checkpoints (
	mailbox      TEXT    PRIMARY KEY,
	uid_validity INTEGER NOT NULL,
	uid          INTEGER NOT NULL
);

-- Durable timers: a job is a row, never a goroutine.
CREATE TABLE jobs (
	id          INTEGER PRIMARY KEY,
	kind        TEXT    NOT NULL,  -- thank_you | weekly_summary | prep_brief | notes_prompt
	meeting_id  INTEGER REFERENCES meetings(id),
	run_at      INTEGER NOT NULL,
	attempts    INTEGER NOT NULL DEFAULT 0,
	last_error  TEXT    NOT NULL DEFAULT '',
	done_at     INTEGER,
	outcome     TEXT    NOT NULL DEFAULT '',
	created_at  INTEGER NOT NULL
);
CREATE INDEX jobs_due ON jobs(run_at) WHERE done_at IS NULL;
CREATE INDEX jobs_meeting ON jobs(meeting_id, kind);

-- Every email coffeechat sends: the exact bytes, fixed (Message-ID
-- included) in the transaction that decided to send it.
CREATE TABLE outbox (
	id              INTEGER PRIMARY KEY,
	kind            TEXT    NOT NULL,
	message_id      TEXT    NOT NULL UNIQUE,
	meeting_id      INTEGER REFERENCES meetings(id),
	env_from        TEXT    NOT NULL,
	rcpts           TEXT    NOT NULL,  -- JSON array of addresses
	third_party     INTEGER NOT NULL DEFAULT 0, -- 1 when any recipient is not the owner
	subject         TEXT    NOT NULL DEFAULT '',
	raw             BLOB    NOT NULL,
	created_at      INTEGER NOT NULL,
	next_attempt_at INTEGER NOT NULL,
	attempts        INTEGER NOT NULL DEFAULT 0,
	last_error      TEXT    NOT NULL DEFAULT '',
	sent_at         INTEGER,
	failed_at       INTEGER
);
CREATE INDEX outbox_due ON outbox(next_attempt_at) WHERE sent_at IS NULL AND failed_at IS NULL;
