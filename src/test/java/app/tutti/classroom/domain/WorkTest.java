package app.tutti.classroom.domain;

import static org.assertj.core.api.Assertions.assertThat;

import app.tutti.base.domain.ProjectId;
import app.tutti.base.domain.UserId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WorkTest {

    static final Instant DUE = Instant.parse("2026-12-01T12:00:00Z");

    static Work work(Instant submitted, Instant returned) {
        return new Work(WorkId.random(), AssignmentId.random(), ProjectId.random(), UserId.random(), null, null, 3,
                submitted, returned, null, null, Instant.EPOCH);
    }

    @Test
    void status_follows_editing_submitting_and_returning() {
        assertThat(work(null, null).status(false)).isEqualTo(WorkStatus.NOT_STARTED);
        assertThat(work(null, null).status(true)).isEqualTo(WorkStatus.IN_PROGRESS);
        assertThat(work(DUE, null).status(true)).isEqualTo(WorkStatus.SUBMITTED);
        assertThat(work(DUE, DUE.plusSeconds(60)).status(true)).isEqualTo(WorkStatus.RETURNED);
    }

    @Test
    void only_a_submission_after_the_due_date_is_late() {
        assertThat(work(DUE.plusSeconds(1), null).late(DUE)).isTrue();
        assertThat(work(DUE, null).late(DUE)).isFalse();
        assertThat(work(DUE.plusSeconds(1), null).late(null)).isFalse();
        assertThat(work(null, null).late(DUE)).isFalse();
    }
}
