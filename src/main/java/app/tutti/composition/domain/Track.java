package app.tutti.composition.domain;

import app.tutti.base.domain.InvalidInputException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/** One instrument's part: General MIDI program, MIDI channel and mixer settings. */
public record Track(UUID id, int position, String name, int program, int channel, String color, int volume,
        boolean muted, boolean solo) {

    public static final int MAX_TRACKS = 64;
    /** Colours given to tracks in order and offered in the tracks dialog; distinct on a light background. */
    public static final List<String> PALETTE = List.of("#4f7cff", "#e8590c", "#2f9e44", "#ae3ec9", "#f59f00",
            "#1098ad", "#e64980", "#5c940d", "#c92a2a", "#495057");
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");

    public Track {
        if (name.isBlank() || name.length() > 80) {
            throw new InvalidInputException("A track name must be 1 to 80 characters.");
        }
        if (program < 0 || program > 127 || channel < 0 || channel > 15 || volume < 0 || volume > 127) {
            throw new InvalidInputException("Track program, channel or volume is out of range.");
        }
        if (color == null || !COLOR.matcher(color).matches()) {
            throw new InvalidInputException("A track colour must be written #rrggbb, like #4f7cff.");
        }
        color = color.toLowerCase(Locale.ROOT);
    }

    /** A track at {@code position} with the palette's colour for that position. */
    public static Track of(int position, String name, int program, int channel) {
        return new Track(UUID.randomUUID(), position, name, program, channel,
                PALETTE.get(position % PALETTE.size()), 100, false, false);
    }

    public Track withSettings(String newName, int newProgram, int newVolume, boolean newMuted, boolean newSolo) {
        return new Track(id, position, newName.strip(), newProgram, channel, color, newVolume, newMuted, newSolo);
    }

    public Track withColor(String newColor) {
        return new Track(id, position, name, program, channel, newColor, volume, muted, solo);
    }

    public static Track firstPiano() {
        return new Track(UUID.randomUUID(), 0, "Piano", 0, 0, "#4f7cff", 100, false, false);
    }
}
