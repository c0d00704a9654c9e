-- Every AI generation a user asks for: which model wrote it, with which parameters and seed, from
-- which part of the project, who asked and who accepted or rejected it. The proposed notes are
-- kept as JSON until someone decides; accepted notes become one op_log entry whose
-- author_generation_id is this id.
CREATE TABLE generation (
    id                UUID                     PRIMARY KEY,
    project_id        UUID                     NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    requested_by      UUID                     NOT NULL REFERENCES user_account (id),
    model_name        VARCHAR(80)              NOT NULL,
    model_version     VARCHAR(120)             NOT NULL,
    track_id          UUID                     NOT NULL,
    prompt_from_bar   INT                      NOT NULL,
    prompt_to_bar     INT                      NOT NULL,
    parameters        TEXT                     NOT NULL,
    seed              BIGINT                   NOT NULL,
    status            VARCHAR(20)              NOT NULL,
    message           VARCHAR(500),
    tokens_generated  INT                      NOT NULL DEFAULT 0,
    proposed_notes    TEXT,
    accepted_by       UUID                     REFERENCES user_account (id),
    accepted_seq      BIGINT,
    requested_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at        TIMESTAMP WITH TIME ZONE,
    finished_at       TIMESTAMP WITH TIME ZONE,
    decided_at        TIMESTAMP WITH TIME ZONE
);

CREATE INDEX generation_project_idx ON generation (project_id, requested_at);
