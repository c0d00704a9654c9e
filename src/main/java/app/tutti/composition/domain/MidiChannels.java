package app.tutti.composition.domain;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Picks MIDI channels for new tracks: the lowest unused one, never channel 10 (drums, index 9). */
public final class MidiChannels {

    private static final int DRUMS = 9;

    private MidiChannels() {
    }

    public static int nextFree(List<Track> existing) {
        Set<Integer> used = existing.stream().map(Track::channel).collect(Collectors.toSet());
        for (int channel = 0; channel < 16; channel++) {
            if (channel != DRUMS && !used.contains(channel)) {
                return channel;
            }
        }
        return existing.size() % 16 == DRUMS ? 0 : existing.size() % 16;
    }
}
