package app.tutti.ai.domain;

import app.tutti.base.domain.UserId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The table of generations waiting for AI-worker nodes. A worker claims a row with
 * {@code FOR UPDATE SKIP LOCKED} (inside the caller's transaction), so two workers never take the
 * same row; it then holds it by a lease. Every later write names the attempt it belongs to, so a
 * worker whose lease ran out (and whose job was claimed again) can no longer change anything.
 */
@Repository
public class GenerationJobRepository {

    /** A row that can be claimed: waiting, or held by a worker whose lease has run out. */
    public record Claimable(GenerationId generationId, String task, String status, int attempts, int maxAttempts) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;

    GenerationJobRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void insert(GenerationId id, UserId requestedBy, GenerationTask task, int maxAttempts, Instant at) {
        jdbc.sql("""
                INSERT INTO generation_job (generation_id, requested_by, task, status, max_attempts, created_at)
                VALUES (:id, :user, :task, 'queued', :maxAttempts, :at)""")
                .param("id", id.value())
                .param("user", requestedBy.value())
                .param("task", json.writeValueAsString(task))
                .param("maxAttempts", maxAttempts)
                .param("at", Timestamp.from(at))
                .update();
    }

    /**
     * Locks the next claimable row, skipping rows other workers hold locked: users with fewer
     * running jobs first, then the oldest. Call inside a transaction.
     */
    public Optional<Claimable> lockNextClaimable(Instant now) {
        return jdbc.sql("""
                SELECT j.generation_id, j.task, j.status, j.attempts, j.max_attempts FROM generation_job j
                WHERE j.status = 'queued' OR (j.status = 'running' AND j.lease_until < :now)
                ORDER BY (SELECT COUNT(*) FROM generation_job r
                          WHERE r.requested_by = j.requested_by AND r.status = 'running'), j.created_at
                LIMIT 1
                FOR UPDATE SKIP LOCKED""")
                .param("now", Timestamp.from(now))
                .query((rs, row) -> new Claimable(new GenerationId(rs.getObject("generation_id", UUID.class)),
                        rs.getString("task"), rs.getString("status"), rs.getInt("attempts"), rs.getInt("max_attempts")))
                .optional();
    }

    public GenerationTask task(Claimable claimable) {
        return json.readValue(claimable.task(), GenerationTask.class);
    }

    /** Takes the locked row for {@code worker} until {@code leaseUntil}; returns the attempt number. */
    public int markClaimed(Claimable claimable, String worker, Instant leaseUntil) {
        jdbc.sql("""
                UPDATE generation_job SET status = 'running', attempts = attempts + 1, worker = :worker,
                    lease_until = :lease WHERE generation_id = :id""")
                .param("id", claimable.generationId().value())
                .param("worker", worker)
                .param("lease", Timestamp.from(leaseUntil))
                .update();
        return claimable.attempts() + 1;
    }

    /**
     * Extends the lease of the given claim; empty if the claim is lost (another worker has the job
     * now, or it ended), else whether cancel was requested.
     */
    public Optional<Boolean> renew(GenerationId id, int attempt, Instant leaseUntil) {
        int updated = jdbc.sql("""
                UPDATE generation_job SET lease_until = :lease
                WHERE generation_id = :id AND status = 'running' AND attempts = :attempt""")
                .param("id", id.value())
                .param("attempt", attempt)
                .param("lease", Timestamp.from(leaseUntil))
                .update();
        if (updated == 0) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT cancel_requested FROM generation_job WHERE generation_id = :id")
                .param("id", id.value()).query(Boolean.class).optional();
    }

    /** Ends the given claim with {@code status}; false if the claim was lost meanwhile (nothing changes). */
    public boolean finish(GenerationId id, int attempt, String status) {
        return jdbc.sql("""
                UPDATE generation_job SET status = :status, lease_until = NULL
                WHERE generation_id = :id AND status = 'running' AND attempts = :attempt""")
                .param("id", id.value())
                .param("attempt", attempt)
                .param("status", status)
                .update() == 1;
    }

    /** Ends a row that is not running any more (locked by the caller): failed after too many attempts. */
    public void markFailed(GenerationId id) {
        jdbc.sql("UPDATE generation_job SET status = 'failed', lease_until = NULL WHERE generation_id = :id")
                .param("id", id.value()).update();
    }

    /** Asks the worker to stop; a job still waiting is cancelled at once (returns true then). */
    public boolean requestCancel(GenerationId id) {
        jdbc.sql("UPDATE generation_job SET cancel_requested = TRUE WHERE generation_id = :id")
                .param("id", id.value()).update();
        return jdbc.sql("UPDATE generation_job SET status = 'cancelled' WHERE generation_id = :id AND status = 'queued'")
                .param("id", id.value()).update() == 1;
    }

    public int countQueued() {
        return jdbc.sql("SELECT COUNT(*) FROM generation_job WHERE status = 'queued'").query(Integer.class).single();
    }

    /** How many waiting jobs are older than this one; -1 if it is not waiting. */
    public int queuePosition(GenerationId id) {
        return jdbc.sql("""
                SELECT CASE WHEN j.status <> 'queued' THEN -1 ELSE
                    (SELECT COUNT(*) FROM generation_job o WHERE o.status = 'queued' AND o.created_at < j.created_at)
                END FROM generation_job j WHERE j.generation_id = :id""")
                .param("id", id.value())
                .query(Integer.class)
                .optional()
                .orElse(-1);
    }

    public int attemptsOf(GenerationId id) {
        return jdbc.sql("SELECT attempts FROM generation_job WHERE generation_id = :id")
                .param("id", id.value()).query(Integer.class).single();
    }
}
