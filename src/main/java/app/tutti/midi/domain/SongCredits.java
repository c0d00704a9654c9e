package app.tutti.midi.domain;

import java.util.List;

/** Copyright and credit lines written into an exported file; an empty copyright is left out. */
public record SongCredits(String copyright, List<String> lines) {

    public static final SongCredits NONE = new SongCredits("", List.of());

    public SongCredits {
        lines = List.copyOf(lines);
    }
}
