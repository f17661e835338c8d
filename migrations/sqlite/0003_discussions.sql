-- Threaded discussions: categories, threads with tags, posts as a tree with a sortable
-- path, revisions, reactions, drafts, each person's read marker and watch level per
-- thread; and the stored in-app notifications.

CREATE TABLE discussion_categories (
    id          BLOB PRIMARY KEY,
    group_id    BLOB NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    position    INTEGER NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE UNIQUE INDEX discussion_categories_name ON discussion_categories (group_id, LOWER(name));

-- last_activity_us: microseconds since the epoch, the list's sort key (an integer sorts
-- the same on both databases). answered: a question with an accepted answer, or a
-- discussion with at least one reply. reply_count: replies not deleted.
CREATE TABLE threads (
    id               BLOB PRIMARY KEY,
    group_id         BLOB NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    category_id      BLOB REFERENCES discussion_categories (id) ON DELETE SET NULL,
    author_id        BLOB REFERENCES accounts (id) ON DELETE SET NULL,
    kind             TEXT NOT NULL CHECK (kind IN ('discussion', 'question')),
    title            TEXT NOT NULL,
    accepted_post_id BLOB REFERENCES posts (id) ON DELETE SET NULL,
    answered         BOOLEAN NOT NULL DEFAULT 0,
    reply_count      INTEGER NOT NULL DEFAULT 0,
    last_seq         INTEGER NOT NULL DEFAULT 0,
    last_activity_us BIGINT NOT NULL,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    deleted_at       TEXT,
    deleted_by       BLOB REFERENCES accounts (id) ON DELETE SET NULL
);
CREATE INDEX threads_group_id ON threads (group_id, id);
CREATE INDEX threads_group_activity ON threads (group_id, last_activity_us, id);
CREATE INDEX threads_group_answered ON threads (group_id, answered, last_activity_us DESC, id DESC);
CREATE INDEX threads_category_id ON threads (category_id);
CREATE INDEX threads_author_id ON threads (author_id);
CREATE INDEX threads_accepted_post_id ON threads (accepted_post_id);
CREATE INDEX threads_deleted_by ON threads (deleted_by);

CREATE TABLE thread_tags (
    thread_id BLOB NOT NULL REFERENCES threads (id) ON DELETE CASCADE,
    tag       TEXT NOT NULL,
    position  INTEGER NOT NULL,
    PRIMARY KEY (thread_id, tag)
);
CREATE INDEX thread_tags_tag ON thread_tags (tag, thread_id);

-- seq: the post's number in its thread (the opening post is 1). path: the sort key of
-- the threaded order, the parent's path followed by the post's seq as ten digits (see
-- backend/discussions/path.rs). version: raised by every edit.
CREATE TABLE posts (
    id         BLOB PRIMARY KEY,
    thread_id  BLOB NOT NULL REFERENCES threads (id) ON DELETE CASCADE,
    parent_id  BLOB REFERENCES posts (id) ON DELETE CASCADE,
    seq        INTEGER NOT NULL,
    depth      INTEGER NOT NULL,
    path       TEXT NOT NULL,
    author_id  BLOB REFERENCES accounts (id) ON DELETE SET NULL,
    body       TEXT NOT NULL,
    body_html  TEXT NOT NULL,
    version    INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    edited_at  TEXT,
    edited_by  BLOB REFERENCES accounts (id) ON DELETE SET NULL,
    deleted_at TEXT,
    deleted_by BLOB REFERENCES accounts (id) ON DELETE SET NULL
);
CREATE UNIQUE INDEX posts_thread_seq ON posts (thread_id, seq);
CREATE UNIQUE INDEX posts_thread_path ON posts (thread_id, path);
CREATE INDEX posts_parent_id ON posts (parent_id);
CREATE INDEX posts_author_id ON posts (author_id);
CREATE INDEX posts_edited_by ON posts (edited_by);
CREATE INDEX posts_deleted_by ON posts (deleted_by);

-- Superseded versions of a post: the source as it was, who wrote it and when.
CREATE TABLE post_revisions (
    post_id    BLOB NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    version    INTEGER NOT NULL,
    body       TEXT NOT NULL,
    written_by BLOB REFERENCES accounts (id) ON DELETE SET NULL,
    written_at TEXT NOT NULL,
    PRIMARY KEY (post_id, version)
);
CREATE INDEX post_revisions_written_by ON post_revisions (written_by);

CREATE TABLE post_reactions (
    post_id    BLOB NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    account_id BLOB NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    reaction   TEXT NOT NULL CHECK (reaction IN ('thumbs_up', 'heart', 'tada', 'thinking', 'check', 'eyes')),
    created_at TEXT NOT NULL,
    PRIMARY KEY (post_id, account_id, reaction)
);
CREATE INDEX post_reactions_account_id ON post_reactions (account_id);

-- One draft per person and target: a new thread in a group ("<group>"), a reply to a
-- thread ("<group>/<thread>") or to a post ("<group>/<thread>/<post>").
CREATE TABLE discussion_drafts (
    account_id     BLOB NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    target         TEXT NOT NULL,
    group_id       BLOB NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    thread_id      BLOB REFERENCES threads (id) ON DELETE CASCADE,
    parent_post_id BLOB REFERENCES posts (id) ON DELETE CASCADE,
    title          TEXT NOT NULL DEFAULT '',
    body           TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    PRIMARY KEY (account_id, target)
);
CREATE INDEX discussion_drafts_group_id ON discussion_drafts (group_id);
CREATE INDEX discussion_drafts_thread_id ON discussion_drafts (thread_id);
CREATE INDEX discussion_drafts_parent_post_id ON discussion_drafts (parent_post_id);

-- A person's state in a thread: the highest post seq read (0: never opened) and the
-- watch level. No row: nothing read, level normal.
CREATE TABLE thread_states (
    account_id    BLOB NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    thread_id     BLOB NOT NULL REFERENCES threads (id) ON DELETE CASCADE,
    last_read_seq INTEGER NOT NULL DEFAULT 0,
    watch_level   TEXT NOT NULL DEFAULT 'normal' CHECK (watch_level IN ('watching', 'normal', 'muted')),
    updated_at    TEXT NOT NULL,
    PRIMARY KEY (account_id, thread_id)
);
CREATE INDEX thread_states_thread_id ON thread_states (thread_id, watch_level);

-- In-app notifications. event_key names the event (e.g. "post:<id>"): one notification
-- per event and recipient.
CREATE TABLE notifications (
    id              BLOB PRIMARY KEY,
    recipient_id    BLOB NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    kind            TEXT NOT NULL CHECK (kind IN ('mention', 'reply_to_your_post',
                        'new_post_in_watched_thread', 'question_answered', 'answer_accepted',
                        'join_request')),
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
CREATE INDEX notifications_recipient ON notifications (recipient_id, id);
CREATE INDEX notifications_unread ON notifications (recipient_id, read_at);
CREATE INDEX notifications_group_id ON notifications (group_id);
CREATE INDEX notifications_thread_id ON notifications (thread_id);
CREATE INDEX notifications_post_id ON notifications (post_id);
CREATE INDEX notifications_join_request_id ON notifications (join_request_id);
CREATE INDEX notifications_actor_id ON notifications (actor_id);
