-- People: an optional function in the office and phone number on the profile, and the
-- key people lists sort by (the last word of the name, then the whole name, lowercased;
-- written by the application with every name change).

ALTER TABLE accounts ADD COLUMN job_title TEXT;
ALTER TABLE accounts ADD COLUMN phone TEXT;
ALTER TABLE accounts ADD COLUMN sort_name TEXT NOT NULL DEFAULT '';

-- The last word: strip up to the first space until none is left.
WITH RECURSIVE tail (id, rest) AS (
    SELECT id, name FROM accounts
    UNION ALL
    SELECT id, substr(rest, instr(rest, ' ') + 1) FROM tail WHERE instr(rest, ' ') > 0
)
UPDATE accounts SET sort_name = (
    SELECT LOWER(rest) FROM tail WHERE tail.id = accounts.id AND instr(rest, ' ') = 0
) || ' ' || LOWER(name);

CREATE INDEX accounts_sort_name ON accounts (sort_name);
