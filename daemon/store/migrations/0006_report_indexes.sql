-- 0006: the reading commands (`status`, the weekly summary) count and look
-- up in tables that grow without bound. Without these, `status` read every
-- row of outbox, whose rows hold the raw emails (each COUNT walked ~5 KB of
-- overflow pages per sent mail), and every row of messages_seen: 258 ms for
-- 10,000 meetings and 100,000 messages seen, 14 ms with them
-- (BenchmarkReports; TestReportQueryPlans keeps the plans honest).
CREATE INDEX messages_seen_kind ON messages_seen(kind);
CREATE INDEX messages_seen_at ON messages_seen(seen_at);
CREATE INDEX outbox_sent ON outbox(sent_at) WHERE sent_at IS NOT NULL;
CREATE INDEX outbox_failed ON outbox(failed_at) WHERE failed_at IS NOT NULL;
CREATE INDEX meetings_thank_you ON meetings(thank_you);
CREATE INDEX contacts_referred_by ON contacts(referred_by) WHERE referred_by IS NOT NULL;
CREATE INDEX contacts_replied ON contacts(replied_at) WHERE replied_at IS NOT NULL;
