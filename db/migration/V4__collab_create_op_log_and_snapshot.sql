-- The operation log: every change to a project's music, in sequence order. An operation is
-- authored by a user or by an AI generation; client_op_id makes retries idempotent.
CREATE TABLE op_log (
    project_id           UUID                     NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    seq                  BIGINT                   NOT NULL,
    author_user_id       UUID                     REFERENCES user_account (id),
    author_generation_id UUID,
    client_op_id         UUID                     NOT NULL,
    base_seq             BIGINT                   NOT NULL,
    op_type              VARCHAR(40)              NOT NULL,
    payload              TEXT                     NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (project_id, seq),
    CONSTRAINT op_log_client_op_uk UNIQUE (project_id, client_op_id)
);

-- Compacted document state at a sequence number, so loading replays only the tail of the log.
CREATE TABLE project_snapshot (
    project_id UUID                     NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    seq        BIGINT                   NOT NULL,
    state      TEXT                     NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (project_id, seq)
);
