package app.tutti.composition.domain;

import app.tutti.base.domain.InvalidInputException;
import java.util.Objects;
import java.util.UUID;

/**
 * One note on a track. Times are in ticks of the project's resolution (480 per quarter note by
 * default). The id is chosen by the client that creates the note, so adds never collide.
 */
public record Note(UUID id, UUID trackId, int pitch, long start, long duration, int velocity) {

    /** About 24 hours at 480 ticks per quarter and 240 BPM: far beyond any real piece. */
    public static final long MAX_TICK = 480L * 4 * 60 * 24 * 60;

    public Note {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(trackId, "trackId");
        if (pitch < 0 || pitch > 127) {
            throw new InvalidInputException("A note's pitch must be 0 to 127, not " + pitch + ".");
        }
        if (velocity < 1 || velocity > 127) {
            throw new InvalidInputException("A note's velocity must be 1 to 127, not " + velocity + ".");
        }
        if (start < 0 || start > MAX_TICK) {
            throw new InvalidInputException("A note cannot start before the beginning of the piece.");
        }
        if (duration < 1 || start + duration > MAX_TICK) {
            throw new InvalidInputException("A note must last at least one tick.");
        }
    }

    /** This note with the fields a change sets; the others stay as they are. */
    public Note with(NoteChange change) {
        return new Note(id, change.trackId() != null ? change.trackId() : trackId,
                change.pitch() != null ? change.pitch() : pitch,
                change.start() != null ? change.start() : start,
                change.duration() != null ? change.duration() : duration,
                change.velocity() != null ? change.velocity() : velocity);
    }
}
