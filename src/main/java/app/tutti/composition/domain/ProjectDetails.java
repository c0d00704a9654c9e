package app.tutti.composition.domain;

import app.tutti.base.domain.InvalidInputException;
import java.util.Objects;

/** The settings a user chooses for a project: title, tempo, time signature and key. */
public record ProjectDetails(String title, double tempoBpm, TimeSignature timeSignature, MusicalKey key) {

    public static final int MAX_TITLE_LENGTH = 120;
    public static final double MIN_TEMPO = 20;
    public static final double MAX_TEMPO = 400;

    public ProjectDetails {
        title = Objects.requireNonNullElse(title, "").strip();
        if (title.isEmpty()) {
            throw new InvalidInputException("Give the project a title.");
        }
        if (title.length() > MAX_TITLE_LENGTH) {
            throw new InvalidInputException("A title can be at most " + MAX_TITLE_LENGTH + " characters.");
        }
        if (!(tempoBpm >= MIN_TEMPO && tempoBpm <= MAX_TEMPO)) {
            throw new InvalidInputException("Tempo must be between 20 and 400 BPM.");
        }
        if (timeSignature == null || key == null) {
            throw new InvalidInputException("Choose a time signature and a key.");
        }
    }

    public static ProjectDetails untitled() {
        return new ProjectDetails("Untitled", 120, TimeSignature.COMMON_TIME, MusicalKey.C_MAJOR);
    }

    public ProjectDetails withTitle(String newTitle) {
        return new ProjectDetails(newTitle, tempoBpm, timeSignature, key);
    }
}
