-- The training excerpts closest to each generation's proposal (JSON list, best first: title, bars,
-- similarity, credit), written once the originality check has run.
ALTER TABLE generation ADD COLUMN provenance TEXT;

-- Per-project AI settings a project's owner chooses. No row means the defaults (gate on).
CREATE TABLE project_ai_setting (
    project_id        UUID    PRIMARY KEY REFERENCES project (id) ON DELETE CASCADE,
    originality_gate  BOOLEAN NOT NULL
);
