-- The pinboard: notices with optional expiry, importance and a pinned order, each with
-- a discussion thread of its own (the notice's text is the thread's opening post), and
-- acknowledgement requests per person or per office.

-- What a thread is the comments of: NULL for the discussions and questions of the
-- group's list, 'notice' for a notice's thread. No CHECK: SQLite could only widen one
-- by rebuilding the threads table; the application reads back only codes it knows.
ALTER TABLE threads ADD COLUMN subject TEXT;

-- Who may put up notices: 'moderators' (the default) or 'members' too.
ALTER TABLE groups ADD COLUMN notice_posting TEXT NOT NULL DEFAULT 'moderators'
    CHECK (notice_posting IN ('moderators', 'members'));

CREATE TABLE notices (
    id           BLOB PRIMARY KEY,
    group_id     BLOB NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    thread_id    BLOB NOT NULL UNIQUE REFERENCES threads (id) ON DELETE CASCADE,
    important    BOOLEAN NOT NULL DEFAULT 0,
    expires_at   TEXT,
    -- Pinned notices come first, by ascending position; NULL: not pinned.
    pin_position INTEGER,
    version      INTEGER NOT NULL DEFAULT 1,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX notices_group_id ON notices (group_id, created_at);

CREATE TABLE acknowledgement_requests (
    id               BLOB PRIMARY KEY,
    notice_id        BLOB NOT NULL UNIQUE REFERENCES notices (id) ON DELETE CASCADE,
    mode             TEXT NOT NULL CHECK (mode IN ('person', 'office')),
    deadline         TEXT NOT NULL,
    requested_by     BLOB REFERENCES accounts (id) ON DELETE SET NULL,
    requested_at     TEXT NOT NULL,
    last_reminded_at TEXT,
    -- Set when the request was closed or its deadline passed: the coverage is frozen.
    closed_at        TEXT
);
CREATE INDEX acknowledgement_requests_requested_by ON acknowledgement_requests (requested_by);

-- Who acknowledged, when, and the office they belonged to at that moment.
CREATE TABLE acknowledgements (
    request_id      BLOB NOT NULL REFERENCES acknowledgement_requests (id) ON DELETE CASCADE,
    account_id      BLOB NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    organization_id BLOB REFERENCES organizations (id) ON DELETE SET NULL,
    acknowledged_at TEXT NOT NULL,
    PRIMARY KEY (request_id, account_id)
);
CREATE INDEX acknowledgements_account_id ON acknowledgements (account_id);
CREATE INDEX acknowledgements_organization_id ON acknowledgements (organization_id);

-- The coverage as it stood when the request closed, one row per office or person.
CREATE TABLE acknowledgement_coverage (
    request_id      BLOB NOT NULL REFERENCES acknowledgement_requests (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    organization_id BLOB REFERENCES organizations (id) ON DELETE SET NULL,
    account_id      BLOB REFERENCES accounts (id) ON DELETE SET NULL,
    name            TEXT NOT NULL,
    PRIMARY KEY (request_id, position)
);
CREATE INDEX acknowledgement_coverage_organization_id ON acknowledgement_coverage (organization_id);
CREATE INDEX acknowledgement_coverage_account_id ON acknowledgement_coverage (account_id);

-- New notification kinds: SQLite changes a CHECK constraint by rebuilding the table.
CREATE TABLE notifications_new (
    id              BLOB PRIMARY KEY,
    recipient_id    BLOB NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    kind            TEXT NOT NULL CHECK (kind IN ('mention', 'reply_to_your_post',
                        'new_post_in_watched_thread', 'question_answered', 'answer_accepted',
                        'join_request', 'acknowledgement_requested',
                        'acknowledgement_reminder')),
    event_key       TEXT NOT NULL,
    group_id        BLOB NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    thread_id       BLOB REFERENCES threads (id) ON DELETE CASCADE,
    post_id         BLOB REFERENCES posts (id) ON DELETE CASCADE,
    join_request_id BLOB REFERENCES join_requests (id) ON DELETE CASCADE,
    actor_id        BLOB REFERENCES accounts (id) ON DELETE SET NULL,
    created_at      TEXT NOT NULL,
    read_at         TEXT,
    UNIQUE (event_key, recipient_id)
);
INSERT INTO notifications_new SELECT id, recipient_id, kind, event_key, group_id, thread_id,
    post_id, join_request_id, actor_id, created_at, read_at FROM notifications;
DROP TABLE notifications;
ALTER TABLE notifications_new RENAME TO notifications;
CREATE INDEX notifications_recipient ON notifications (recipient_id, id);
CREATE INDEX notifications_unread ON notifications (recipient_id, read_at);
CREATE INDEX notifications_group_id ON notifications (group_id);
CREATE INDEX notifications_thread_id ON notifications (thread_id);
CREATE INDEX notifications_post_id ON notifications (post_id);
CREATE INDEX notifications_join_request_id ON notifications (join_request_id);
CREATE INDEX notifications_actor_id ON notifications (actor_id);
