-- 0002: what the contact last wrote, shortened, for the prep brief
-- ("the thread in short"). Kept on the contact: it is their latest word,
-- whichever meeting it led to.
ALTER TABLE contacts ADD COLUMN last_words TEXT NOT NULL DEFAULT '';
