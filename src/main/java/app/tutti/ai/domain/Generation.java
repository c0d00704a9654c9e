package app.tutti.ai.domain;

import app.tutti.base.domain.ProjectId;
import app.tutti.base.domain.UserId;
import app.tutti.composition.domain.Note;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One AI generation as recorded: the model, the parameters and seed, the prompt region (bars
 * {@code promptFromBar} up to, not including, {@code promptToBar} of the project; the new notes
 * start at {@code promptToBar} on track {@code trackId}), who asked, how it went, the notes it
 * proposes and, once decided, who accepted them and at which op-log sequence number; and the
 * training excerpts closest to the proposal (empty until checked).
 */
public record Generation(GenerationId id, ProjectId projectId, UserId requestedBy, ModelIdentity model,
        UUID trackId, int promptFromBar, int promptToBar, GenerationParameters parameters, long seed,
        GenerationStatus status, @Nullable String message, int tokensGenerated, List<Note> proposedNotes,
        @Nullable UserId acceptedBy, @Nullable Long acceptedSeq, Instant requestedAt, @Nullable Instant startedAt,
        @Nullable Instant finishedAt, @Nullable Instant decidedAt, List<ClosestExcerpt> provenance) {

    public Generation {
        proposedNotes = List.copyOf(proposedNotes);
        provenance = List.copyOf(provenance);
    }

    /** A newly requested generation, waiting for a worker. */
    public static Generation requested(GenerationId id, ProjectId projectId, UserId requestedBy, ModelIdentity model,
            UUID trackId, int promptFromBar, int promptToBar, GenerationParameters parameters, long seed,
            Instant at) {
        return new Generation(id, projectId, requestedBy, model, trackId, promptFromBar, promptToBar, parameters,
                seed, GenerationStatus.QUEUED, null, 0, List.of(), null, null, at, null, null, null, List.of());
    }
}
