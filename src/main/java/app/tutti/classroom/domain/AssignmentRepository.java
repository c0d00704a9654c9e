package app.tutti.classroom.domain;

import app.tutti.ai.domain.AiPolicy;
import app.tutti.base.domain.ProjectId;
import app.tutti.base.domain.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Assignments and their groups. */
@Repository
public class AssignmentRepository {

    private final JdbcClient jdbc;

    AssignmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Assignment a) {
        AssignmentDraft d = a.draft();
        jdbc.sql("""
                INSERT INTO assignment (id, class_id, title, instructions, template_project_id, due_at, work_mode,
                    ai_max_generations, ai_originality_gate, created_by, created_at)
                VALUES (:id, :classId, :title, :instructions, :template, :due, :mode, :aiMax, :gate, :by, :at)""")
                .param("id", a.id().value()).param("classId", a.classId().value())
                .param("title", d.title()).param("instructions", d.instructions())
                .param("template", d.template() == null ? null : d.template().value())
                .param("due", d.dueAt() == null ? null : Timestamp.from(d.dueAt()))
                .param("mode", d.mode().name())
                .param("aiMax", d.aiPolicy().maxGenerationsPerUser())
                .param("gate", d.aiPolicy().originalityGateRequired())
                .param("by", a.createdBy().value()).param("at", Timestamp.from(a.createdAt()))
                .update();
    }

    public Optional<Assignment> findById(AssignmentId id) {
        return jdbc.sql("SELECT * FROM assignment WHERE id = :id").param("id", id.value()).query(this::map).optional();
    }

    /** The class's assignments, oldest first. */
    public List<Assignment> findByClassId(ClassId classId) {
        return jdbc.sql("SELECT * FROM assignment WHERE class_id = :classId ORDER BY created_at")
                .param("classId", classId.value()).query(this::map).list();
    }

    public void updatePublishedAt(AssignmentId id, Instant at) {
        jdbc.sql("UPDATE assignment SET published_at = :at WHERE id = :id")
                .param("id", id.value()).param("at", Timestamp.from(at)).update();
    }

    public void insertGroup(AssignmentGroup group) {
        jdbc.sql("INSERT INTO assignment_group (id, assignment_id, name) VALUES (:id, :assignment, :name)")
                .param("id", group.id().value()).param("assignment", group.assignmentId().value())
                .param("name", group.name()).update();
        for (int i = 0; i < group.members().size(); i++) {
            jdbc.sql("INSERT INTO assignment_group_member (group_id, user_id, position) VALUES (:group, :user, :position)")
                    .param("group", group.id().value()).param("user", group.members().get(i).value())
                    .param("position", i).update();
        }
    }

    public void deleteGroupMember(GroupId group, UserId member) {
        jdbc.sql("DELETE FROM assignment_group_member WHERE group_id = :group AND user_id = :user")
                .param("group", group.value()).param("user", member.value()).update();
    }

    public List<AssignmentGroup> findGroupsByAssignmentId(AssignmentId assignmentId) {
        List<AssignmentGroup> groups = jdbc.sql("SELECT * FROM assignment_group WHERE assignment_id = :id ORDER BY name")
                .param("id", assignmentId.value())
                .query((rs, row) -> new AssignmentGroup(new GroupId(rs.getObject("id", UUID.class)), assignmentId,
                        rs.getString("name"), List.of()))
                .list();
        return groups.stream().map(g -> new AssignmentGroup(g.id(), g.assignmentId(), g.name(), membersOf(g.id())))
                .toList();
    }

    private List<UserId> membersOf(GroupId group) {
        return jdbc.sql("SELECT user_id FROM assignment_group_member WHERE group_id = :group ORDER BY position")
                .param("group", group.value())
                .query((rs, row) -> new UserId(rs.getObject("user_id", UUID.class))).list();
    }

    private Assignment map(ResultSet rs, int row) throws SQLException {
        UUID template = rs.getObject("template_project_id", UUID.class);
        Timestamp due = rs.getTimestamp("due_at");
        Timestamp published = rs.getTimestamp("published_at");
        AssignmentDraft draft = new AssignmentDraft(rs.getString("title"), rs.getString("instructions"),
                template == null ? null : new ProjectId(template), due == null ? null : due.toInstant(),
                WorkMode.valueOf(rs.getString("work_mode")),
                new AiPolicy(rs.getInt("ai_max_generations"), rs.getBoolean("ai_originality_gate")));
        return new Assignment(new AssignmentId(rs.getObject("id", UUID.class)),
                new ClassId(rs.getObject("class_id", UUID.class)), draft,
                published == null ? null : published.toInstant(), new UserId(rs.getObject("created_by", UUID.class)),
                rs.getTimestamp("created_at").toInstant());
    }
}
