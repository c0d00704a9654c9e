package app.tutti.history.domain;

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

@Repository
public class ProjectCommentRepository {

    private final JdbcClient jdbc;

    ProjectCommentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(ProjectComment comment) {
        jdbc.sql("""
                INSERT INTO project_comment (id, project_id, parent_id, author_user_id, first_bar, last_bar, body,
                    created_at)
                VALUES (:id, :projectId, :parentId, :author, :firstBar, :lastBar, :body, :at)""")
                .param("id", comment.id())
                .param("projectId", comment.projectId().value())
                .param("parentId", comment.parentId())
                .param("author", comment.author().value())
                .param("firstBar", comment.firstBar())
                .param("lastBar", comment.lastBar())
                .param("body", comment.body())
                .param("at", Timestamp.from(comment.createdAt()))
                .update();
    }

    public void resolve(ProjectId projectId, UUID id, UserId by, Instant at) {
        jdbc.sql("""
                UPDATE project_comment SET resolved_by = :by, resolved_at = :at
                WHERE project_id = :projectId AND id = :id AND resolved_at IS NULL""")
                .param("by", by.value())
                .param("at", Timestamp.from(at))
                .param("projectId", projectId.value())
                .param("id", id)
                .update();
    }

    public Optional<ProjectComment> findById(ProjectId projectId, UUID id) {
        return jdbc.sql("SELECT * FROM project_comment WHERE project_id = :projectId AND id = :id")
                .param("projectId", projectId.value())
                .param("id", id)
                .query(this::map)
                .optional();
    }

    public List<ProjectComment> findByProjectIdOrderByCreatedAt(ProjectId projectId) {
        return jdbc.sql("SELECT * FROM project_comment WHERE project_id = :projectId ORDER BY created_at, id")
                .param("projectId", projectId.value())
                .query(this::map)
                .list();
    }

    private ProjectComment map(ResultSet rs, int row) throws SQLException {
        UUID resolvedBy = rs.getObject("resolved_by", UUID.class);
        Timestamp resolvedAt = rs.getTimestamp("resolved_at");
        return new ProjectComment(rs.getObject("id", UUID.class), new ProjectId(rs.getObject("project_id", UUID.class)),
                rs.getObject("parent_id", UUID.class), new UserId(rs.getObject("author_user_id", UUID.class)),
                rs.getInt("first_bar"), rs.getInt("last_bar"), rs.getString("body"),
                rs.getTimestamp("created_at").toInstant(), resolvedBy == null ? null : new UserId(resolvedBy),
                resolvedAt == null ? null : resolvedAt.toInstant());
    }
}
