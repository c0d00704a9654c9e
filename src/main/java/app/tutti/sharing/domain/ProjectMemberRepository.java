package app.tutti.sharing.domain;

import app.tutti.base.domain.ProjectId;
import app.tutti.base.domain.UserId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ProjectMemberRepository {

    private final JdbcClient jdbc;

    ProjectMemberRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(ProjectId projectId, UserId userId, ProjectRole role, Instant addedAt) {
        jdbc.sql("""
                INSERT INTO project_member (project_id, user_id, role, added_at)
                VALUES (:projectId, :userId, :role, :addedAt)""")
                .param("projectId", projectId.value())
                .param("userId", userId.value())
                .param("role", role.name())
                .param("addedAt", Timestamp.from(addedAt))
                .update();
    }

    public Map<ProjectId, ProjectRole> findRolesByUserId(UserId userId) {
        Map<ProjectId, ProjectRole> roles = new HashMap<>();
        jdbc.sql("SELECT project_id, role FROM project_member WHERE user_id = :userId")
                .param("userId", userId.value())
                .query(rs -> {
                    roles.put(new ProjectId(rs.getObject("project_id", UUID.class)),
                            ProjectRole.valueOf(rs.getString("role")));
                });
        return roles;
    }

    public List<ProjectMember> findByProjectId(ProjectId projectId) {
        return jdbc.sql("SELECT user_id, role FROM project_member WHERE project_id = :projectId ORDER BY added_at")
                .param("projectId", projectId.value())
                .query((rs, row) -> new ProjectMember(new UserId(rs.getObject("user_id", UUID.class)),
                        ProjectRole.valueOf(rs.getString("role"))))
                .list();
    }

    public void updateRole(ProjectId projectId, UserId userId, ProjectRole role) {
        jdbc.sql("UPDATE project_member SET role = :role WHERE project_id = :projectId AND user_id = :userId")
                .param("projectId", projectId.value())
                .param("userId", userId.value())
                .param("role", role.name())
                .update();
    }

    public void delete(ProjectId projectId, UserId userId) {
        jdbc.sql("DELETE FROM project_member WHERE project_id = :projectId AND user_id = :userId")
                .param("projectId", projectId.value())
                .param("userId", userId.value())
                .update();
    }

    public Optional<ProjectRole> findRole(ProjectId projectId, UserId userId) {
        return findRole(projectId, userId, "");
    }

    /** The member's role, locking the row until the transaction ends (so two ownership transfers cannot interleave). */
    public Optional<ProjectRole> findRoleForUpdate(ProjectId projectId, UserId userId) {
        return findRole(projectId, userId, " FOR UPDATE");
    }

    private Optional<ProjectRole> findRole(ProjectId projectId, UserId userId, String lock) {
        return jdbc.sql("SELECT role FROM project_member WHERE project_id = :projectId AND user_id = :userId" + lock)
                .param("projectId", projectId.value())
                .param("userId", userId.value())
                .query((rs, row) -> ProjectRole.valueOf(rs.getString("role")))
                .optional();
    }
}
