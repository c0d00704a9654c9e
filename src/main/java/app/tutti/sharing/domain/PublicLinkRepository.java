package app.tutti.sharing.domain;

import app.tutti.base.domain.ProjectId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** At most one public read-only link per project, stored as the hash of its token. */
@Repository
public class PublicLinkRepository {

    private final JdbcClient jdbc;

    PublicLinkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Sets the project's link, replacing an earlier one (which then stops working). */
    public void replace(ProjectId projectId, String tokenHash, Instant createdAt) {
        delete(projectId);
        jdbc.sql("INSERT INTO public_link (project_id, token_hash, created_at) VALUES (:projectId, :tokenHash, :at)")
                .param("projectId", projectId.value())
                .param("tokenHash", tokenHash)
                .param("at", Timestamp.from(createdAt))
                .update();
    }

    public void delete(ProjectId projectId) {
        jdbc.sql("DELETE FROM public_link WHERE project_id = :projectId")
                .param("projectId", projectId.value())
                .update();
    }

    public Optional<Instant> findCreatedAtByProjectId(ProjectId projectId) {
        return jdbc.sql("SELECT created_at FROM public_link WHERE project_id = :projectId")
                .param("projectId", projectId.value())
                .query((rs, row) -> rs.getTimestamp("created_at").toInstant())
                .optional();
    }

    public Optional<ProjectId> findProjectIdByTokenHash(String tokenHash) {
        return jdbc.sql("SELECT project_id FROM public_link WHERE token_hash = :tokenHash")
                .param("tokenHash", tokenHash)
                .query((rs, row) -> new ProjectId(rs.getObject("project_id", UUID.class)))
                .optional();
    }
}
