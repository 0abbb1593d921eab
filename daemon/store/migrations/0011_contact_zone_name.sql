-- 0011: the contact's zone by name (IANA, "America/Los_Angeles") when their
-- own words named it ("2pm Pacific") and it agrees with the offset of their
-- Date header, so a call after a clock change is shown in their local time
-- rather than in the offset of a message written before it. NULL: unknown
-- (zone_offset alone, shown as "UTC-7").
ALTER TABLE contacts ADD COLUMN zone_name TEXT;
