package app.tutti.composition.domain;

import java.util.UUID;

/** One instrument's part: General MIDI program, MIDI channel and mixer settings. */
public record Track(UUID id, int position, String name, int program, int channel, String color, int volume,
        boolean muted, boolean solo) {

    public static Track firstPiano() {
        return new Track(UUID.randomUUID(), 0, "Piano", 0, 0, "#4f7cff", 100, false, false);
    }
}
