-- People: an optional function in the office and phone number on the profile, and the
-- key people lists sort by (the last word of the name, then the whole name, lowercased;
-- written by the application with every name change).

ALTER TABLE accounts ADD COLUMN job_title TEXT;
ALTER TABLE accounts ADD COLUMN phone TEXT;
ALTER TABLE accounts ADD COLUMN sort_name TEXT NOT NULL DEFAULT '';

UPDATE accounts SET sort_name = LOWER(regexp_replace(name, '^.*\s', '')) || ' ' || LOWER(name);

CREATE INDEX accounts_sort_name ON accounts (sort_name);
