-- A project's musical settings and the head of its operation log (head_seq: the sequence
-- number of the last committed operation; the next one gets head_seq + 1).
CREATE TABLE project (
    id                 UUID PRIMARY KEY,
    title              VARCHAR(120)             NOT NULL,
    tempo_bpm          DOUBLE PRECISION         NOT NULL,
    beats_per_bar      SMALLINT                 NOT NULL,
    beat_unit          SMALLINT                 NOT NULL,
    key_tonic          SMALLINT                 NOT NULL,
    key_mode           VARCHAR(10)              NOT NULL,
    ticks_per_quarter  INTEGER                  NOT NULL DEFAULT 480,
    head_seq           BIGINT                   NOT NULL DEFAULT 0,
    created_by         UUID                     NOT NULL REFERENCES user_account (id),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    copied_from_id     UUID,
    copied_from_seq    BIGINT
);

-- Tracks: instrument (General MIDI program), MIDI channel, mixer state. A track id is unique
-- within its project, so a duplicated project keeps its track ids and its log stays valid.
CREATE TABLE track (
    project_id UUID        NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    id         UUID        NOT NULL,
    position   INTEGER     NOT NULL,
    name       VARCHAR(80) NOT NULL,
    program    SMALLINT    NOT NULL DEFAULT 0,
    channel    SMALLINT    NOT NULL,
    color      VARCHAR(9)  NOT NULL,
    volume     SMALLINT    NOT NULL DEFAULT 100,
    muted      BOOLEAN     NOT NULL DEFAULT FALSE,
    solo       BOOLEAN     NOT NULL DEFAULT FALSE,
    PRIMARY KEY (project_id, id)
);
