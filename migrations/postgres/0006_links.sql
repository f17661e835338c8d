-- The commented link list: links per group, each with a discussion thread of its own
-- (threads.subject = 'link'; the link's title is the thread's title, its description
-- the opening post, its tags the thread's tags), and the result of its last check.

CREATE TABLE links (
    id             UUID PRIMARY KEY,
    group_id       UUID NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    thread_id      UUID NOT NULL UNIQUE REFERENCES threads (id) ON DELETE CASCADE,
    -- The address as entered (checked), and its normal form that finds duplicates.
    url            TEXT NOT NULL,
    normalised_url TEXT NOT NULL,
    version        INTEGER NOT NULL DEFAULT 1,
    created_at     TIMESTAMPTZ NOT NULL,
    updated_at     TIMESTAMPTZ NOT NULL,
    -- The last check: NULL until the first one (and after the address changed).
    check_status   TEXT CHECK (check_status IN ('ok', 'moved', 'broken')),
    -- Why a link is broken (the fetcher's code) and what more there is to say.
    check_reason   TEXT,
    check_detail   TEXT,
    -- Where a permanent redirect points, for status 'moved'.
    moved_to       TEXT,
    checked_at     TIMESTAMPTZ
);
-- One entry per address and group; also the index of links.group_id.
CREATE UNIQUE INDEX links_normalised_url ON links (group_id, normalised_url);
