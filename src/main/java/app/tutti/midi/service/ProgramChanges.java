package app.tutti.midi.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The program (instrument) changes of a whole file. A part (one channel of one file track) plays
 * the program its own track set last at or before its first note, else the first one its own track
 * sets; failing both, whatever any track set on that channel before the first note; else piano (0).
 */
final class ProgramChanges {

    private record Part(int trackIndex, int channel) {
    }

    private record Change(long tick, int program) {
    }

    private final Map<Part, List<Change>> byPart = new HashMap<>();
    private final Map<Integer, TreeMap<Long, Integer>> byChannel = new HashMap<>();

    /** Changes must be added in file order: track by track, each track in tick order. */
    void add(int trackIndex, int channel, long tick, int program) {
        byPart.computeIfAbsent(new Part(trackIndex, channel), key -> new ArrayList<>()).add(new Change(tick, program));
        byChannel.computeIfAbsent(channel, key -> new TreeMap<>()).put(tick, program);
    }

    int programFor(int trackIndex, int channel, long firstNoteTick) {
        List<Change> own = byPart.getOrDefault(new Part(trackIndex, channel), List.of());
        if (!own.isEmpty()) {
            Change chosen = own.getFirst();
            for (Change change : own) {
                if (change.tick() <= firstNoteTick) {
                    chosen = change;
                }
            }
            return chosen.program();
        }
        TreeMap<Long, Integer> channelChanges = byChannel.getOrDefault(channel, new TreeMap<>());
        Map.Entry<Long, Integer> inEffect = channelChanges.floorEntry(firstNoteTick);
        return inEffect == null ? 0 : inEffect.getValue();
    }

    /** Whether the part's own track switches to another program between its first and last note. */
    boolean switchesDuring(int trackIndex, int channel, long firstNoteTick, long lastNoteTick, int program) {
        return byPart.getOrDefault(new Part(trackIndex, channel), List.of()).stream()
                .anyMatch(change -> change.tick() > firstNoteTick && change.tick() <= lastNoteTick
                        && change.program() != program);
    }
}
