package app.tutti.midi.domain;

/**
 * A starting point for a new project, cut from the music corpus: where it comes from and the
 * credit line its licence asks for.
 */
public record Template(String id, String title, String description, String credit) {
}
