package app.tutti.ai.service;

import app.tutti.ai.domain.Generation;
import app.tutti.ai.domain.GenerationId;
import app.tutti.ai.domain.GenerationRepository;
import app.tutti.ai.domain.GenerationStatus;
import app.tutti.base.domain.InvalidInputException;
import app.tutti.base.domain.UserId;
import app.tutti.base.security.CurrentUser;
import app.tutti.collab.service.EditSessionService;
import app.tutti.composition.domain.EditOp;
import app.tutti.composition.domain.Note;
import app.tutti.sharing.domain.ProjectRole;
import app.tutti.sharing.service.ProjectAccess;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides what becomes of a generation's proposed notes. Accepting (all, or the ones the editor
 * kept) writes them as ONE {@code AddNotes} operation through the edit service, authored by the
 * accepting user and credited to the generation; the operation's client id is derived from the
 * generation id, so accepting twice (a double click, a retry, two tabs) adds the notes once.
 */
@Service
public class GenerationDecisionService {

    private final ProjectAccess access;
    private final CurrentUser currentUser;
    private final GenerationRepository generations;
    private final EditSessionService edits;
    private final Clock clock;

    GenerationDecisionService(ProjectAccess access, CurrentUser currentUser, GenerationRepository generations,
            EditSessionService edits, Clock clock) {
        this.access = access;
        this.currentUser = currentUser;
        this.generations = generations;
        this.edits = edits;
        this.clock = clock;
    }

    /** Adds every proposed note to the project; returns the op's sequence number. */
    @Transactional
    public long acceptAll(GenerationId id) {
        return accept(id, null);
    }

    /**
     * Adds the proposed notes with the given ids (the rest are dropped); returns the op's sequence
     * number. Accepting an already accepted generation returns the same number and adds nothing.
     */
    @Transactional
    public long acceptSome(GenerationId id, Collection<UUID> noteIds) {
        if (noteIds.isEmpty()) {
            throw new InvalidInputException("Choose at least one note to keep, or reject the generation.");
        }
        return accept(id, Set.copyOf(noteIds));
    }

    /** Drops the proposal; nothing is added to the project. Rejecting twice is fine. */
    @Transactional
    public void reject(GenerationId id) {
        decidable(id);
        if (!generations.markRejected(id, clock.instant())) {
            GenerationStatus status = generations.findById(id).orElseThrow().status();
            if (status != GenerationStatus.REJECTED) {
                throw new InvalidInputException(status == GenerationStatus.ACCEPTED
                        ? "This generation was already accepted." : "This generation has not finished; cancel it instead.");
            }
        }
    }

    private long accept(GenerationId id, Set<UUID> keep) {
        Generation generation = decidable(id);
        UserId me = currentUser.require().userId();
        UUID clientOpId = acceptOpId(id);
        if (!generations.markAccepted(id, me, clock.instant())) {
            Generation now = generations.findById(id).orElseThrow();
            if (now.status() == GenerationStatus.ACCEPTED && now.acceptedSeq() != null) {
                return now.acceptedSeq();
            }
            throw new InvalidInputException(now.status() == GenerationStatus.REJECTED
                    ? "This generation was rejected." : "This generation has no notes to accept yet.");
        }
        List<Note> notes = generation.proposedNotes().stream()
                .filter(note -> keep == null || keep.contains(note.id()))
                .toList();
        if (notes.isEmpty()) {
            throw new InvalidInputException(keep == null ? "This generation proposed no notes; regenerate or reject it."
                    : "None of the chosen notes belong to this generation.");
        }
        long seq = edits.submit(generation.projectId(), clientOpId, 0, new EditOp.AddNotes(notes), id.value());
        generations.recordAcceptedSeq(id, seq);
        return seq;
    }

    /** The generation, after checking the signed-in user may edit its project. */
    private Generation decidable(GenerationId id) {
        Generation generation = generations.get(id);
        access.require(generation.projectId(), currentUser.require().userId(), ProjectRole.EDITOR);
        return generation;
    }

    /** The client op id of accepting {@code id}: the same every time, so the op log keeps one. */
    static UUID acceptOpId(GenerationId id) {
        return UUID.nameUUIDFromBytes(("accept " + id.value()).getBytes(StandardCharsets.UTF_8));
    }
}
