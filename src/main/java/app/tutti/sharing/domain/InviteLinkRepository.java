package app.tutti.sharing.domain;

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

@Repository
public class InviteLinkRepository {

    private final JdbcClient jdbc;

    InviteLinkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(InviteLink link, String tokenHash, UserId createdBy) {
        jdbc.sql("""
                INSERT INTO invite_link (id, project_id, token_hash, role, created_by, created_at, expires_at)
                VALUES (:id, :projectId, :tokenHash, :role, :createdBy, :createdAt, :expiresAt)""")
                .param("id", link.id())
                .param("projectId", link.projectId().value())
                .param("tokenHash", tokenHash)
                .param("role", link.role().name())
                .param("createdBy", createdBy.value())
                .param("createdAt", Timestamp.from(link.createdAt()))
                .param("expiresAt", timestamp(link.expiresAt()))
                .update();
    }

    public Optional<InviteLink> findByTokenHash(String tokenHash) {
        return jdbc.sql("SELECT * FROM invite_link WHERE token_hash = :tokenHash")
                .param("tokenHash", tokenHash)
                .query(InviteLinkRepository::map)
                .optional();
    }

    /** The project's links that were not revoked, newest first (expired ones included). */
    public List<InviteLink> findNotRevokedByProjectId(ProjectId projectId) {
        return jdbc.sql("""
                SELECT * FROM invite_link WHERE project_id = :projectId AND revoked_at IS NULL
                ORDER BY created_at DESC""")
                .param("projectId", projectId.value())
                .query(InviteLinkRepository::map)
                .list();
    }

    /** Revokes one link of the project; returns false when the project has no such link. */
    public boolean revoke(ProjectId projectId, UUID id, Instant at) {
        return jdbc.sql("""
                UPDATE invite_link SET revoked_at = :at
                WHERE project_id = :projectId AND id = :id AND revoked_at IS NULL""")
                .param("projectId", projectId.value())
                .param("id", id)
                .param("at", Timestamp.from(at))
                .update() == 1;
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static InviteLink map(ResultSet rs, int row) throws SQLException {
        return new InviteLink(rs.getObject("id", UUID.class), new ProjectId(rs.getObject("project_id", UUID.class)),
                ProjectRole.valueOf(rs.getString("role")), rs.getTimestamp("created_at").toInstant(),
                instant(rs, "expires_at"), instant(rs, "revoked_at"));
    }
}
