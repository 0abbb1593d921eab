-- 0009: `coffeechat status` counts messages seen by kind. Even through the
-- covering index messages_seen_kind, GROUP BY kind visits every row: 14 of
-- status's 17 ms at 100,000 messages seen, growing with the mailbox's
-- history. The counts are kept here instead, by triggers, so status reads
-- one row per kind. messages_seen is only ever inserted into today; the
-- delete and update triggers keep the counts true if that changes.
CREATE TABLE messages_seen_counts (
	kind TEXT    PRIMARY KEY,
	n    INTEGER NOT NULL
) WITHOUT ROWID;

INSERT INTO messages_seen_counts(kind, n) SELECT kind, COUNT(*) FROM messages_seen GROUP BY kind;

CREATE TRIGGER messages_seen_count_insert AFTER INSERT ON messages_seen BEGIN
	INSERT INTO messages_seen_counts(kind, n) VALUES (NEW.kind, 1)
		ON CONFLICT(kind) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER messages_seen_count_delete AFTER DELETE ON messages_seen BEGIN
	UPDATE messages_seen_counts SET n = n - 1 WHERE kind = OLD.kind;
END;

CREATE TRIGGER messages_seen_count_update AFTER UPDATE OF kind ON messages_seen
	WHEN NEW.kind IS NOT OLD.kind BEGIN
	UPDATE messages_seen_counts SET n = n - 1 WHERE kind = OLD.kind;
	INSERT INTO messages_seen_counts(kind, n) VALUES (NEW.kind, 1)
		ON CONFLICT(kind) DO UPDATE SET n = n + 1;
END;
