package app.tutti.history.ui;

import app.tutti.composition.domain.Note;
import app.tutti.composition.domain.Track;
import app.tutti.history.domain.VersionDiff;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A diff drawn with the roll's own track colours: every note goes to one of five display tracks
 * (unchanged, added, removed, changed now, changed before). Removed and "before" notes are muted,
 * so playing the comparison plays the newer version.
 */
record DiffTracks(List<Track> tracks, List<Note> notes) {

    static final String UNCHANGED = "Unchanged";
    static final String ADDED = "Added";
    static final String REMOVED = "Removed";
    static final String CHANGED = "Changed (now)";
    static final String BEFORE = "Changed (before)";

    static DiffTracks of(VersionDiff diff, Collection<Note> newer) {
        Track unchanged = track(0, UNCHANGED, "#868e96", false);
        Track added = track(1, ADDED, "#2f9e44", false);
        Track removed = track(2, REMOVED, "#e03131", true);
        Track changed = track(3, CHANGED, "#f08c00", false);
        Track before = track(4, BEFORE, "#ffc078", true);
        Set<UUID> different = new HashSet<>();
        diff.added().forEach(n -> different.add(n.id()));
        diff.changed().forEach(d -> different.add(d.after().id()));
        List<Note> notes = new ArrayList<>();
        newer.stream().filter(n -> !different.contains(n.id())).forEach(n -> notes.add(on(n, unchanged)));
        diff.added().forEach(n -> notes.add(on(n, added)));
        diff.removed().forEach(n -> notes.add(on(n, removed)));
        diff.changed().forEach(d -> {
            notes.add(on(d.after(), changed));
            Note old = d.before();
            notes.add(new Note(beforeId(old.id()), before.id(), old.pitch(), old.start(), old.duration(),
                    old.velocity()));
        });
        return new DiffTracks(List.of(unchanged, added, removed, changed, before), notes);
    }

    /** The "before" copy of a changed note needs its own id, the roll keys notes by id. */
    static UUID beforeId(UUID id) {
        return UUID.nameUUIDFromBytes(("before:" + id).getBytes(StandardCharsets.UTF_8));
    }

    private static Note on(Note note, Track track) {
        return new Note(note.id(), track.id(), note.pitch(), note.start(), note.duration(), note.velocity());
    }

    private static Track track(int position, String name, String color, boolean muted) {
        return new Track(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)), position, name, 0, 0, color,
                100, muted, false);
    }
}
