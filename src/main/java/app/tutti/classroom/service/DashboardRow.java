package app.tutti.classroom.service;

import app.tutti.base.domain.ProjectId;
import app.tutti.classroom.domain.WorkId;
import app.tutti.classroom.domain.WorkStatus;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One student's or group's line on the teacher's dashboard: status, last activity, notes written,
 * each member's share, AI generations asked for and the AI's share of the notes.
 */
public record DashboardRow(WorkId workId, ProjectId projectId, String who, WorkStatus status, boolean late,
        @Nullable Instant lastActivity, int notesWritten, List<MemberShare> shares, int aiGenerations, int aiNotes,
        int aiPercent, @Nullable String grade) {

    public DashboardRow {
        shares = List.copyOf(shares);
    }
}
