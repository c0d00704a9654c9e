package app.tutti.ai.service;

import app.tutti.ai.domain.ClaimedJob;
import app.tutti.ai.domain.GenerationId;
import app.tutti.ai.domain.GenerationJobRepository;
import app.tutti.ai.domain.GenerationRepository;
import app.tutti.ai.domain.GenerationStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The worker's side of the job table, each step one transaction: claim the next job (failing
 * jobs whose lease ran out too often), renew the lease, and write the result together with the
 * job's end, only if this claim still holds the job, so a result is written once.
 */
@Component
class RemoteJobs {

    private final GenerationJobRepository jobs;
    private final GenerationRepository generations;
    private final GenerationOutcomes outcomes;
    private final Clock clock;
    private final Duration lease;

    RemoteJobs(GenerationJobRepository jobs, GenerationRepository generations, GenerationOutcomes outcomes,
            Clock clock, @Value("${tutti.ai.lease:30s}") Duration lease) {
        this.jobs = jobs;
        this.generations = generations;
        this.outcomes = outcomes;
        this.clock = clock;
        this.lease = lease;
    }

    Duration lease() {
        return lease;
    }

    /** The next job for {@code worker}, if any waits. */
    @Transactional
    public Optional<ClaimedJob> claim(String worker) {
        while (true) {
            Instant now = clock.instant();
            var next = jobs.lockNextClaimable(now);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            var row = next.get();
            if (row.status().equals("running") && row.attempts() >= row.maxAttempts()) {
                jobs.markFailed(row.generationId());
                outcomes.ended(row.generationId(), GenerationStatus.FAILED, "The AI worker stopped responding "
                        + row.attempts() + " times. Please try again.");
                continue;
            }
            int attempt = jobs.markClaimed(row, worker, now.plus(lease));
            outcomes.started(row.generationId());
            return Optional.of(new ClaimedJob(row.generationId(), jobs.task(row), attempt));
        }
    }

    /** Extends the lease; empty if the claim was lost, else whether cancel was asked for. */
    @Transactional
    public Optional<Boolean> renew(ClaimedJob job, int tokens) {
        Optional<Boolean> cancel = jobs.renew(job.generationId(), job.attempt(), clock.instant().plus(lease));
        cancel.ifPresent(c -> generations.updateTokens(job.generationId(), tokens));
        return cancel;
    }

    /** Records the proposed notes; false (and nothing written) if this claim no longer holds the job. */
    @Transactional
    public boolean complete(ClaimedJob job, int[] tokens) {
        return jobs.finish(job.generationId(), job.attempt(), "done") && outcomes.done(job.generationId(), job.task(),
                tokens);
    }

    /** Ends the job as failed or cancelled; false if this claim no longer holds it. */
    @Transactional
    public boolean end(ClaimedJob job, GenerationStatus status, String message) {
        return jobs.finish(job.generationId(), job.attempt(), status.dbValue())
                && outcomes.ended(job.generationId(), status, message);
    }

    /** Cancels a job: at once if it still waits, else at the worker's next lease renewal. */
    @Transactional
    public void cancel(GenerationId id) {
        if (jobs.requestCancel(id)) {
            outcomes.ended(id, GenerationStatus.CANCELLED, "Cancelled before it started.");
        }
    }
}
