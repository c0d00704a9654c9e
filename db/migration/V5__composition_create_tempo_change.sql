-- A project's tempo changes after its start: from tick on, a quarter note is played at bpm.
-- The tempo at tick 0 is project.tempo_bpm (the one edited in the project's settings).
CREATE TABLE tempo_change (
    project_id UUID             NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    tick       BIGINT           NOT NULL,
    bpm        DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (project_id, tick),
    CONSTRAINT tempo_change_after_start_ck CHECK (tick > 0)
);
