package app.tutti.collab.ui;

import app.tutti.composition.domain.Note;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Notes as the roll receives them when it loads: one array per field instead of one object per
 * note, about a third of the JSON, which is most of what a large project's first view costs.
 * {@code ids} is every note id as 32 hex digits, one after the other; {@code tracks} indexes
 * {@code trackIds}; {@code startDeltas} are the starts, in start order, each minus the one before.
 */
public record NoteColumns(String ids, List<UUID> trackIds, int[] tracks, int[] pitches, long[] startDeltas,
        long[] durations, int[] velocities) {

    public static NoteColumns of(Collection<Note> notes) {
        List<Note> sorted = notes.stream().sorted(Comparator.comparingLong(Note::start)).toList();
        StringBuilder ids = new StringBuilder(sorted.size() * 32);
        Map<UUID, Integer> trackIndex = new HashMap<>();
        List<UUID> trackIds = new ArrayList<>();
        int n = sorted.size();
        int[] tracks = new int[n];
        int[] pitches = new int[n];
        long[] startDeltas = new long[n];
        long[] durations = new long[n];
        int[] velocities = new int[n];
        long previousStart = 0;
        for (int i = 0; i < n; i++) {
            Note note = sorted.get(i);
            ids.append(hex(note.id().getMostSignificantBits())).append(hex(note.id().getLeastSignificantBits()));
            tracks[i] = trackIndex.computeIfAbsent(note.trackId(), id -> {
                trackIds.add(id);
                return trackIds.size() - 1;
            });
            pitches[i] = note.pitch();
            startDeltas[i] = note.start() - previousStart;
            previousStart = note.start();
            durations[i] = note.duration();
            velocities[i] = note.velocity();
        }
        return new NoteColumns(ids.toString(), trackIds, tracks, pitches, startDeltas, durations, velocities);
    }

    private static String hex(long bits) {
        String digits = Long.toHexString(bits);
        return "0".repeat(16 - digits.length()) + digits;
    }
}
