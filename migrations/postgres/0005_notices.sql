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
    id           UUID PRIMARY KEY,
    group_id     UUID NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    thread_id    UUID NOT NULL UNIQUE REFERENCES threads (id) ON DELETE CASCADE,
    important    BOOLEAN NOT NULL DEFAULT FALSE,
    expires_at   TIMESTAMPTZ,
    -- Pinned notices come first, by ascending position; NULL: not pinned.
    pin_position INTEGER,
    version      INTEGER NOT NULL DEFAULT 1,
    created_at   TIMESTAMPTZ NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX notices_group_id ON notices (group_id, created_at);

CREATE TABLE acknowledgement_requests (
    id               UUID PRIMARY KEY,
    notice_id        UUID NOT NULL UNIQUE REFERENCES notices (id) ON DELETE CASCADE,
    mode             TEXT NOT NULL CHECK (mode IN ('person', 'office')),
    deadline         TIMESTAMPTZ NOT NULL,
    requested_by     UUID REFERENCES accounts (id) ON DELETE SET NULL,
    requested_at     TIMESTAMPTZ NOT NULL,
    last_reminded_at TIMESTAMPTZ,
    -- Set when the request was closed or its deadline passed: the coverage is frozen.
    closed_at        TIMESTAMPTZ
);
CREATE INDEX acknowledgement_requests_requested_by ON acknowledgement_requests (requested_by);

-- Who acknowledged, when, and the office they belonged to at that moment.
CREATE TABLE acknowledgements (
    request_id      UUID NOT NULL REFERENCES acknowledgement_requests (id) ON DELETE CASCADE,
    account_id      UUID NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    organization_id UUID REFERENCES organizations (id) ON DELETE SET NULL,
    acknowledged_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (request_id, account_id)
);
CREATE INDEX acknowledgements_account_id ON acknowledgements (account_id);
CREATE INDEX acknowledgements_organization_id ON acknowledgements (organization_id);

-- The coverage as it stood when the request closed, one row per office or person.
CREATE TABLE acknowledgement_coverage (
    request_id      UUID NOT NULL REFERENCES acknowledgement_requests (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    organization_id UUID REFERENCES organizations (id) ON DELETE SET NULL,
    account_id      UUID REFERENCES accounts (id) ON DELETE SET NULL,
    name            TEXT NOT NULL,
    PRIMARY KEY (request_id, position)
);
CREATE INDEX acknowledgement_coverage_organization_id ON acknowledgement_coverage (organization_id);
CREATE INDEX acknowledgement_coverage_account_id ON acknowledgement_coverage (account_id);

-- New notification kinds.
ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check;
ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check CHECK (kind IN ('mention',
    'reply_to_your_post', 'new_post_in_watched_thread', 'question_answered', 'answer_accepted',
    'join_request', 'acknowledgement_requested', 'acknowledgement_reminder'));
