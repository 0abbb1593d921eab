-- 0005: the contact's role or title, from their signature, for the prep brief.
ALTER TABLE contacts ADD COLUMN role TEXT NOT NULL DEFAULT '';
