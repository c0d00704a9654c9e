package app.tutti.classroom.service;

import app.tutti.base.domain.ProjectId;
import app.tutti.classroom.domain.ClassId;
import app.tutti.classroom.domain.WorkId;
import org.jspecify.annotations.Nullable;

/** The copy a teacher shows to the whole class, or none ({@code work} null). */
public record Spotlight(ClassId classId, @Nullable WorkId work, @Nullable ProjectId project, String title) {

    static Spotlight none(ClassId classId) {
        return new Spotlight(classId, null, null, "");
    }

    public boolean shown() {
        return project != null;
    }
}
