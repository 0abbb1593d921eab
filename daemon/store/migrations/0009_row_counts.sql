-- 0009: `coffeechat status` counts contacts and meetings by status and the
-- messages seen by kind. A GROUP BY visits every row (meetings had no index
-- on status at all: a scan of the table and a sort); in a fresh process,
-- every page it touches is read and faulted in first. At 10,000 meetings
-- and 100,000 messages seen that was most of status's time
-- (bench/commands.sh). The counts are kept here instead, by triggers, so
-- status reads a row per status and kind. Nothing deletes these rows today;
-- the delete triggers keep the counts true if that changes.
CREATE TABLE row_counts (
	tbl TEXT    NOT NULL, -- contacts, meetings, messages_seen
	key TEXT    NOT NULL, -- the status, or the kind
	n   INTEGER NOT NULL,
	PRIMARY KEY (tbl, key)
) WITHOUT ROWID;

INSERT INTO row_counts(tbl, key, n) SELECT 'contacts', status, COUNT(*) FROM contacts GROUP BY status;
INSERT INTO row_counts(tbl, key, n) SELECT 'meetings', status, COUNT(*) FROM meetings GROUP BY status;
INSERT INTO row_counts(tbl, key, n) SELECT 'messages_seen', kind, COUNT(*) FROM messages_seen GROUP BY kind;

CREATE TRIGGER contacts_count_insert AFTER INSERT ON contacts BEGIN
	INSERT INTO row_counts(tbl, key, n) VALUES ('contacts', NEW.status, 1)
		ON CONFLICT(tbl, key) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER contacts_count_delete AFTER DELETE ON contacts BEGIN
	UPDATE row_counts SET n = n - 1 WHERE tbl = 'contacts' AND key = OLD.status;
END;
CREATE TRIGGER contacts_count_update AFTER UPDATE OF status ON contacts
	WHEN NEW.status IS NOT OLD.status BEGIN
	UPDATE row_counts SET n = n - 1 WHERE tbl = 'contacts' AND key = OLD.status;
	INSERT INTO row_counts(tbl, key, n) VALUES ('contacts', NEW.status, 1)
		ON CONFLICT(tbl, key) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER meetings_count_insert AFTER INSERT ON meetings BEGIN
	INSERT INTO row_counts(tbl, key, n) VALUES ('meetings', NEW.status, 1)
		ON CONFLICT(tbl, key) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER meetings_count_delete AFTER DELETE ON meetings BEGIN
	UPDATE row_counts SET n = n - 1 WHERE tbl = 'meetings' AND key = OLD.status;
END;
CREATE TRIGGER meetings_count_update AFTER UPDATE OF status ON meetings
	WHEN NEW.status IS NOT OLD.status BEGIN
	UPDATE row_counts SET n = n - 1 WHERE tbl = 'meetings' AND key = OLD.status;
	INSERT INTO row_counts(tbl, key, n) VALUES ('meetings', NEW.status, 1)
		ON CONFLICT(tbl, key) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER messages_seen_count_insert AFTER INSERT ON messages_seen BEGIN
	INSERT INTO row_counts(tbl, key, n) VALUES ('messages_seen', NEW.kind, 1)
		ON CONFLICT(tbl, key) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER messages_seen_count_delete AFTER DELETE ON messages_seen BEGIN
	UPDATE row_counts SET n = n - 1 WHERE tbl = 'messages_seen' AND key = OLD.kind;
END;
CREATE TRIGGER messages_seen_count_update AFTER UPDATE OF kind ON messages_seen
	WHEN NEW.kind IS NOT OLD.kind BEGIN
	UPDATE row_counts SET n = n - 1 WHERE tbl = 'messages_seen' AND key = OLD.kind;
	INSERT INTO row_counts(tbl, key, n) VALUES ('messages_seen', NEW.kind, 1)
		ON CONFLICT(tbl, key) DO UPDATE SET n = n + 1;
END;

-- The weekly summary's funnel: its "calls" count walked meetings_start and
-- looked up every past meeting for its status; with this index the count
-- reads the index alone. Its "outreach" count (every contact but the
-- referrals not yet written to) scanned contacts: it is now the total from
-- row_counts less the contacts this partial index holds.
CREATE INDEX meetings_status_start ON meetings(status, start_at);
CREATE INDEX contacts_unreached ON contacts(status, outreach_at) WHERE outreach_at IS NULL;
