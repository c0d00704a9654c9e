package app.tutti.history.domain;

import app.tutti.base.domain.ProjectId;
import app.tutti.base.domain.UserId;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ProjectForkRepository {

    private final JdbcClient jdbc;

    ProjectForkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(ProjectFork fork) {
        jdbc.sql("""
                INSERT INTO project_fork (project_id, source_project_id, source_title, source_seq, version_label,
                    forked_by, created_at)
                VALUES (:projectId, :source, :title, :seq, :label, :forkedBy, :at)""")
                .param("projectId", fork.projectId().value())
                .param("source", fork.sourceProjectId().value())
                .param("title", fork.sourceTitle())
                .param("seq", fork.sourceSeq())
                .param("label", fork.versionLabel())
                .param("forkedBy", fork.forkedBy().value())
                .param("at", Timestamp.from(fork.createdAt()))
                .update();
    }

    public Optional<ProjectFork> findByProjectId(ProjectId projectId) {
        return jdbc.sql("SELECT * FROM project_fork WHERE project_id = :projectId")
                .param("projectId", projectId.value())
                .query((rs, row) -> new ProjectFork(projectId,
                        new ProjectId(rs.getObject("source_project_id", UUID.class)), rs.getString("source_title"),
                        rs.getLong("source_seq"), rs.getString("version_label"),
                        new UserId(rs.getObject("forked_by", UUID.class)), rs.getTimestamp("created_at").toInstant()))
                .optional();
    }
}
