package app.tutti.classroom.domain;

import app.tutti.base.domain.ProjectId;
import app.tutti.base.domain.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Student and group copies of assignments. */
@Repository
public class WorkRepository {

    private final JdbcClient jdbc;

    WorkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Work w) {
        jdbc.sql("""
                INSERT INTO assignment_work (id, assignment_id, project_id, student_id, group_id, template_project_id,
                    base_seq, created_at)
                VALUES (:id, :assignment, :project, :student, :group, :template, :baseSeq, :at)""")
                .param("id", w.id().value()).param("assignment", w.assignmentId().value())
                .param("project", w.projectId().value())
                .param("student", w.student() == null ? null : w.student().value())
                .param("group", w.group() == null ? null : w.group().value())
                .param("template", w.template() == null ? null : w.template().value())
                .param("baseSeq", w.baseSeq()).param("at", Timestamp.from(w.createdAt()))
                .update();
    }

    public Optional<Work> findById(WorkId id) {
        return jdbc.sql("SELECT * FROM assignment_work WHERE id = :id").param("id", id.value()).query(this::map)
                .optional();
    }

    public Optional<Work> findByProjectId(ProjectId project) {
        return jdbc.sql("SELECT * FROM assignment_work WHERE project_id = :project").param("project", project.value())
                .query(this::map).optional();
    }

    public List<Work> findByAssignmentId(AssignmentId assignment) {
        return jdbc.sql("SELECT * FROM assignment_work WHERE assignment_id = :assignment ORDER BY created_at, id")
                .param("assignment", assignment.value()).query(this::map).list();
    }

    /** Every copy in the class's assignments that {@code user} works on, alone or in a group. */
    public List<Work> findByClassIdAndWorker(ClassId classId, UserId user) {
        return jdbc.sql("""
                SELECT w.* FROM assignment_work w JOIN assignment a ON a.id = w.assignment_id
                WHERE a.class_id = :classId AND (w.student_id = :user OR w.group_id IN
                    (SELECT group_id FROM assignment_group_member WHERE user_id = :user))""")
                .param("classId", classId.value()).param("user", user.value()).query(this::map).list();
    }

    /** Every copy of every assignment of the class. */
    public List<Work> findByClassId(ClassId classId) {
        return jdbc.sql("""
                SELECT w.* FROM assignment_work w JOIN assignment a ON a.id = w.assignment_id
                WHERE a.class_id = :classId""")
                .param("classId", classId.value()).query(this::map).list();
    }

    public void updateSubmittedAt(WorkId id, @Nullable Instant at) {
        jdbc.sql("UPDATE assignment_work SET submitted_at = :at WHERE id = :id")
                .param("id", id.value()).param("at", at == null ? null : Timestamp.from(at)).update();
    }

    public void updateReturned(WorkId id, Instant at, String comment, @Nullable String grade) {
        jdbc.sql("UPDATE assignment_work SET returned_at = :at, return_comment = :comment, grade = :grade WHERE id = :id")
                .param("id", id.value()).param("at", Timestamp.from(at)).param("comment", comment)
                .param("grade", grade).update();
    }

    private Work map(ResultSet rs, int row) throws SQLException {
        UUID student = rs.getObject("student_id", UUID.class);
        UUID group = rs.getObject("group_id", UUID.class);
        UUID template = rs.getObject("template_project_id", UUID.class);
        return new Work(new WorkId(rs.getObject("id", UUID.class)),
                new AssignmentId(rs.getObject("assignment_id", UUID.class)),
                new ProjectId(rs.getObject("project_id", UUID.class)), student == null ? null : new UserId(student),
                group == null ? null : new GroupId(group), template == null ? null : new ProjectId(template),
                rs.getLong("base_seq"), instant(rs, "submitted_at"), instant(rs, "returned_at"),
                rs.getString("return_comment"), rs.getString("grade"), rs.getTimestamp("created_at").toInstant());
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
