-- Versions of a project: a name for the document at one sequence number of its operation log.
-- kind is NAMED (saved by a person), AUTO (end of a burst of editing) or BEFORE_RESTORE.
CREATE TABLE project_version (
    id             UUID                     PRIMARY KEY,
    project_id     UUID                     NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    seq            BIGINT                   NOT NULL,
    name           VARCHAR(120)             NOT NULL,
    author_user_id UUID                     REFERENCES user_account (id),
    kind           VARCHAR(20)              NOT NULL,
    summary        VARCHAR(2000)            NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX project_version_project_seq_ix ON project_version (project_id, seq);

-- Who created and last changed every note at a sequence number, so authorship, diffs and credits
-- replay only the log after the nearest checkpoint instead of the whole log.
CREATE TABLE authorship_checkpoint (
    project_id UUID   NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    seq        BIGINT NOT NULL,
    state      TEXT   NOT NULL,
    PRIMARY KEY (project_id, seq)
);

-- Where a forked project came from: the source project (kept as text too, it may be deleted later),
-- the version's sequence number and label, and who forked it.
CREATE TABLE project_fork (
    project_id        UUID                     PRIMARY KEY REFERENCES project (id) ON DELETE CASCADE,
    source_project_id UUID                     NOT NULL,
    source_title      VARCHAR(120)             NOT NULL,
    source_seq        BIGINT                   NOT NULL,
    version_label     VARCHAR(160)             NOT NULL,
    forked_by         UUID                     NOT NULL REFERENCES user_account (id),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
