-- 0010: the weekly summary names the first fifteen contacts of a status in
-- name order (Tx.ContactsLimited). With contacts_status alone SQLite read
-- and sorted every contact of the status to return fifteen (2,000
-- referrals in bench/commands.sh's store); this index hands them over in
-- order and the LIMIT stops the scan. TestReportQueryPlans checks it.
CREATE INDEX contacts_status_name ON contacts(status, name COLLATE NOCASE, email);
