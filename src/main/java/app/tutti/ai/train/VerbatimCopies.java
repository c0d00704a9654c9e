package app.tutti.ai.train;

import app.tutti.ai.token.GridNote;
import app.tutti.ai.token.GridSong;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds bars copied from the training songs: the longest run of consecutive bars of a passage that
 * equal consecutive bars of one training song note for note (position, duration and pitch; track
 * and velocity ignored), all shifted by the same transposition. Bars without notes never count.
 */
final class VerbatimCopies {

    /** A bar's notes as (position, pitch above the bar's lowest note, duration), sorted. */
    private record BarShape(List<Long> notes) {
    }

    private record Place(int song, int bar, int lowestPitch) {
    }

    private record RunKey(int song, int bar, int transposition) {
    }

    private final Map<BarShape, List<Place>> index = new HashMap<>();

    VerbatimCopies(List<GridSong> trainingSongs) {
        for (int song = 0; song < trainingSongs.size(); song++) {
            List<List<GridNote>> bars = bars(trainingSongs.get(song));
            for (int bar = 0; bar < bars.size(); bar++) {
                List<GridNote> notes = bars.get(bar);
                if (!notes.isEmpty()) {
                    index.computeIfAbsent(shape(notes), s -> new ArrayList<>())
                            .add(new Place(song, bar, lowest(notes)));
                }
            }
        }
    }

    /** The longest copied run among bars {@code fromBar} (inclusive) to {@code toBar} (exclusive) of {@code song}. */
    int longestRun(GridSong song, int fromBar, int toBar) {
        List<List<GridNote>> bars = bars(song);
        Map<RunKey, Integer> previous = Map.of();
        int longest = 0;
        for (int bar = fromBar; bar < Math.min(toBar, bars.size()); bar++) {
            List<GridNote> notes = bars.get(bar);
            Map<RunKey, Integer> current = new HashMap<>();
            for (Place place : notes.isEmpty() ? List.<Place>of() : index.getOrDefault(shape(notes), List.of())) {
                int transposition = lowest(notes) - place.lowestPitch();
                int run = 1 + previous.getOrDefault(new RunKey(place.song(), place.bar() - 1, transposition), 0);
                current.put(new RunKey(place.song(), place.bar(), transposition), run);
                longest = Math.max(longest, run);
            }
            previous = current;
        }
        return longest;
    }

    /** The notes starting in each bar, with positions counted from the bar line. */
    static List<List<GridNote>> bars(GridSong song) {
        List<List<GridNote>> bars = new ArrayList<>();
        int start = 0;
        int next = 0;
        List<GridNote> notes = song.notes().stream().sorted(Comparator.comparingInt(GridNote::startStep)).toList();
        for (int length : song.barSteps()) {
            List<GridNote> bar = new ArrayList<>();
            while (next < notes.size() && notes.get(next).startStep() < start + length) {
                GridNote note = notes.get(next++);
                bar.add(new GridNote(note.track(), note.pitch(), note.startStep() - start, note.durationSteps(),
                        note.velocityBucket()));
            }
            bars.add(bar);
            start += length;
        }
        return bars;
    }

    private static BarShape shape(List<GridNote> notes) {
        int lowest = lowest(notes);
        return new BarShape(notes.stream()
                .map(n -> ((long) n.startStep() << 32) | ((long) (n.pitch() - lowest) << 16) | n.durationSteps())
                .sorted().toList());
    }

    private static int lowest(List<GridNote> notes) {
        return notes.stream().mapToInt(GridNote::pitch).min().orElse(0);
    }
}
