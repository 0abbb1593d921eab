-- 0004: the busy check of every forwarded thread ("does this offer overlap
-- a meeting?") searched meetings by start_at < offer end, which walks every
-- past meeting: a backlog of N threads cost O(N^2). Meetings ending after
-- the offer begins are the future ones, a short list; this index holds just
-- the two columns the check reads (covering) for the meetings that count.
CREATE INDEX meetings_busy ON meetings(end_at, start_at) WHERE status != 'cancelled';
