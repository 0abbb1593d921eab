-- 0003: the contact's UTC offset, from the Date of their own latest message,
-- so invites can show the time in the contact's zone too. NULL: unknown.
ALTER TABLE contacts ADD COLUMN zone_offset INTEGER;
