-- Generations waiting for (or being run by) an AI-worker node (tutti.ai.mode=remote). Workers
-- claim a row with SELECT ... FOR UPDATE SKIP LOCKED and hold it by a lease they renew; a row
-- whose lease ran out is claimed again (attempts counts the claims) or failed after max_attempts.
-- A result is written only by the claim that still holds the row (same attempt, status running).
-- Workers take users with fewer running jobs first, then the oldest job (fairness across nodes).
CREATE TABLE generation_job (
    generation_id    UUID                     PRIMARY KEY REFERENCES generation (id) ON DELETE CASCADE,
    requested_by     UUID                     NOT NULL,
    task             TEXT                     NOT NULL,
    status           VARCHAR(20)              NOT NULL,
    attempts         INT                      NOT NULL DEFAULT 0,
    max_attempts     INT                      NOT NULL,
    worker           VARCHAR(120),
    lease_until      TIMESTAMP WITH TIME ZONE,
    cancel_requested BOOLEAN                  NOT NULL DEFAULT FALSE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX generation_job_claim_idx ON generation_job (status, created_at);
