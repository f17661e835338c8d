-- Organisations (the coordination offices) with their regions, closed groups with
-- memberships and roles, invitations by email, and join requests.

CREATE TABLE regions (
    id       UUID PRIMARY KEY,
    name     TEXT NOT NULL UNIQUE,
    position INTEGER NOT NULL
);

-- The five administrative regions (Regierungsbezirke) of North Rhine-Westphalia.
INSERT INTO regions (id, name, position) VALUES
    ('01900000-0000-7000-8000-000000000001', 'Arnsberg', 1),
    ('01900000-0000-7000-8000-000000000002', 'Detmold', 2),
    ('01900000-0000-7000-8000-000000000003', 'Düsseldorf', 3),
    ('01900000-0000-7000-8000-000000000004', 'Köln', 4),
    ('01900000-0000-7000-8000-000000000005', 'Münster', 5);

CREATE TABLE organizations (
    id            UUID PRIMARY KEY,
    name          TEXT NOT NULL,
    kind          TEXT NOT NULL CHECK (kind IN ('district', 'independent_city', 'agency', 'other')),
    municipality  TEXT NOT NULL,
    region_id     UUID REFERENCES regions (id) ON DELETE SET NULL,
    description   TEXT NOT NULL DEFAULT '',
    contact_email TEXT,
    contact_phone TEXT,
    website       TEXT,
    created_at    TIMESTAMPTZ NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL
);
CREATE UNIQUE INDEX organizations_name ON organizations (LOWER(name));
CREATE INDEX organizations_region_id ON organizations (region_id);

ALTER TABLE accounts ADD COLUMN organization_id UUID REFERENCES organizations (id) ON DELETE SET NULL;
CREATE INDEX accounts_organization_id ON accounts (organization_id);

CREATE TABLE groups (
    id               UUID PRIMARY KEY,
    name             TEXT NOT NULL,
    description      TEXT NOT NULL DEFAULT '',
    description_html TEXT NOT NULL DEFAULT '',
    visibility       TEXT NOT NULL CHECK (visibility IN ('listed', 'secret')),
    join_policy      TEXT NOT NULL CHECK (join_policy IN ('invitation', 'request')),
    created_by       UUID REFERENCES accounts (id) ON DELETE SET NULL,
    created_at       TIMESTAMPTZ NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX groups_created_by ON groups (created_by);

CREATE TABLE memberships (
    group_id   UUID NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    account_id UUID NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    role       TEXT NOT NULL CHECK (role IN ('moderator', 'member', 'guest')),
    joined_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (group_id, account_id)
);
CREATE INDEX memberships_account_id ON memberships (account_id);

CREATE TABLE group_invitations (
    id              UUID PRIMARY KEY,
    group_id        UUID NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    email           TEXT NOT NULL,
    role            TEXT NOT NULL CHECK (role IN ('moderator', 'member', 'guest')),
    message         TEXT,
    organization_id UUID REFERENCES organizations (id) ON DELETE SET NULL,
    invited_by      UUID REFERENCES accounts (id) ON DELETE SET NULL,
    token_hash      TEXT NOT NULL UNIQUE,
    status          TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'revoked')),
    created_at      TIMESTAMPTZ NOT NULL,
    expires_at      TIMESTAMPTZ NOT NULL,
    accepted_at     TIMESTAMPTZ,
    accepted_by     UUID REFERENCES accounts (id) ON DELETE SET NULL
);
CREATE INDEX group_invitations_group_id ON group_invitations (group_id, created_at);
-- One open invitation per group and address: inviting again replaces its link.
CREATE UNIQUE INDEX group_invitations_pending_email ON group_invitations (group_id, email)
    WHERE status = 'pending';
CREATE INDEX group_invitations_organization_id ON group_invitations (organization_id);
CREATE INDEX group_invitations_invited_by ON group_invitations (invited_by);
CREATE INDEX group_invitations_accepted_by ON group_invitations (accepted_by);

CREATE TABLE join_requests (
    id         UUID PRIMARY KEY,
    group_id   UUID NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    account_id UUID NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    message    TEXT,
    status     TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'declined', 'withdrawn')),
    created_at TIMESTAMPTZ NOT NULL,
    decided_at TIMESTAMPTZ,
    decided_by UUID REFERENCES accounts (id) ON DELETE SET NULL
);
CREATE INDEX join_requests_group_id ON join_requests (group_id, status, created_at);
-- One open request per group and person.
CREATE UNIQUE INDEX join_requests_pending ON join_requests (group_id, account_id)
    WHERE status = 'pending';
CREATE INDEX join_requests_account_id ON join_requests (account_id);
CREATE INDEX join_requests_decided_by ON join_requests (decided_by);
