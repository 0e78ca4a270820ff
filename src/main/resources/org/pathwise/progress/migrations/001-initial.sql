-- Version 1: the learner's progress, keyed by the curriculum's stable ids.
-- Rows whose id a curriculum update dropped are kept (orphaned) and count again if the id returns,
-- so no table references the curriculum.

CREATE TABLE resource_progress (
    resource_id TEXT PRIMARY KEY,
    status      TEXT NOT NULL CHECK (status IN ('not-started', 'in-progress', 'done', 'skipped')),
    hours       REAL NOT NULL DEFAULT 0 CHECK (hours >= 0),
    note        TEXT NOT NULL DEFAULT '',
    updated_at  TEXT NOT NULL
);

CREATE TABLE status_history (
    id          INTEGER PRIMARY KEY,
    resource_id TEXT NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('not-started', 'in-progress', 'done', 'skipped')),
    at          TEXT NOT NULL
);
CREATE INDEX status_history_by_time ON status_history (at);

CREATE TABLE hours_log (
    id          INTEGER PRIMARY KEY,
    resource_id TEXT NOT NULL,
    hours       REAL NOT NULL,
    at          TEXT NOT NULL
);

CREATE TABLE skill_rating (
    skill_id   TEXT PRIMARY KEY,
    level      INTEGER NOT NULL CHECK (level BETWEEN 0 AND 3),
    updated_at TEXT NOT NULL
);

CREATE TABLE project_progress (
    project_id     TEXT PRIMARY KEY,
    status         TEXT NOT NULL DEFAULT 'not-started' CHECK (status IN ('not-started', 'in-progress', 'done')),
    repository_url TEXT NOT NULL DEFAULT '',
    demo_url       TEXT NOT NULL DEFAULT '',
    notes          TEXT NOT NULL DEFAULT '',
    impact         TEXT NOT NULL DEFAULT '',
    updated_at     TEXT NOT NULL
);

CREATE TABLE project_checklist (
    project_id TEXT NOT NULL REFERENCES project_progress (project_id) ON DELETE CASCADE,
    item_id    TEXT NOT NULL,
    checked_at TEXT NOT NULL,
    PRIMARY KEY (project_id, item_id)
);

CREATE TABLE career_checklist (
    item_id    TEXT PRIMARY KEY,
    checked_at TEXT NOT NULL
);

CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
