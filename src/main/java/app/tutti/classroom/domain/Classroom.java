package app.tutti.classroom.domain;

import app.tutti.base.domain.InvalidInputException;
import app.tutti.base.domain.UserId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A class: its name, join code (and whether it is open), whether it is archived, and its spotlight. */
public record Classroom(ClassId id, String name, JoinCode joinCode, boolean joinOpen, boolean archived,
        @Nullable WorkId spotlight, UserId createdBy, Instant createdAt) {

    public static final int MAX_NAME_LENGTH = 120;

    public static String checkName(@Nullable String name) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty()) {
            throw new InvalidInputException("Give the class a name.");
        }
        if (stripped.length() > MAX_NAME_LENGTH) {
            throw new InvalidInputException("A class name can be at most " + MAX_NAME_LENGTH + " characters.");
        }
        return stripped;
    }
}
