package app.tutti.history.domain;

import app.tutti.base.domain.ProjectId;
import app.tutti.base.domain.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class VersionRepository {

    private final JdbcClient jdbc;

    VersionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(ProjectVersion version) {
        jdbc.sql("""
                INSERT INTO project_version (id, project_id, seq, name, author_user_id, kind, summary, created_at)
                VALUES (:id, :projectId, :seq, :name, :author, :kind, :summary, :at)""")
                .param("id", version.id())
                .param("projectId", version.projectId().value())
                .param("seq", version.seq())
                .param("name", version.name())
                .param("author", version.author() == null ? null : version.author().value())
                .param("kind", version.kind().name())
                .param("summary", version.summary())
                .param("at", Timestamp.from(version.createdAt()))
                .update();
    }

    /** Oldest first; versions at the same sequence number in the order they were made. */
    public List<ProjectVersion> findByProjectIdOrderBySeq(ProjectId projectId) {
        return jdbc.sql("SELECT * FROM project_version WHERE project_id = :projectId ORDER BY seq, created_at")
                .param("projectId", projectId.value())
                .query(this::map)
                .list();
    }

    public Optional<ProjectVersion> findById(ProjectId projectId, UUID id) {
        return jdbc.sql("SELECT * FROM project_version WHERE project_id = :projectId AND id = :id")
                .param("projectId", projectId.value())
                .param("id", id)
                .query(this::map)
                .optional();
    }

    public Optional<Long> findLatestSeq(ProjectId projectId) {
        return jdbc.sql("SELECT seq FROM project_version WHERE project_id = :projectId ORDER BY seq DESC LIMIT 1")
                .param("projectId", projectId.value())
                .query(Long.class)
                .optional();
    }

    public void copy(ProjectId from, ProjectId to, long upToSeq) {
        findByProjectIdOrderBySeq(from).stream()
                .filter(version -> version.seq() <= upToSeq)
                .forEach(version -> insert(new ProjectVersion(UUID.randomUUID(), to, version.seq(), version.name(),
                        version.author(), version.kind(), version.summary(), version.createdAt())));
    }

    private ProjectVersion map(ResultSet rs, int row) throws SQLException {
        UUID author = rs.getObject("author_user_id", UUID.class);
        return new ProjectVersion(rs.getObject("id", UUID.class), new ProjectId(rs.getObject("project_id", UUID.class)),
                rs.getLong("seq"), rs.getString("name"), author == null ? null : new UserId(author),
                VersionKind.valueOf(rs.getString("kind")), rs.getString("summary"),
                rs.getTimestamp("created_at").toInstant());
    }
}
