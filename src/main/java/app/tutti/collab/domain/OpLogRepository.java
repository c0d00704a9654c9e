package app.tutti.collab.domain;

import app.tutti.base.domain.ProjectId;
import app.tutti.base.domain.UserId;
import app.tutti.composition.domain.EditOp;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The operation log; payloads are stored as the same JSON the browser sends. */
@Repository
public class OpLogRepository {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;
    private final JsonMapper json;

    OpLogRepository(JdbcClient jdbc, NamedParameterJdbcTemplate named, JsonMapper json) {
        this.jdbc = jdbc;
        this.named = named;
        this.json = json;
    }

    private static final String INSERT = """
            INSERT INTO op_log (project_id, seq, author_user_id, author_generation_id, client_op_id, base_seq, op_type,
                payload, created_at)
            VALUES (:projectId, :seq, :author, :generation, :clientOpId, :baseSeq, :type, :payload, :at)""";

    public void insert(OpLogEntry entry) {
        insertAll(List.of(entry));
    }

    /** Appends the entries in one JDBC batch: one round trip to the database for all of them. */
    public void insertAll(List<OpLogEntry> entries) {
        named.batchUpdate(INSERT, entries.stream().map(this::params).toArray(SqlParameterSource[]::new));
    }

    private SqlParameterSource params(OpLogEntry entry) {
        return new MapSqlParameterSource()
                .addValue("projectId", entry.projectId().value())
                .addValue("seq", entry.seq())
                .addValue("author", entry.author() == null ? null : entry.author().value())
                .addValue("generation", entry.authorGenerationId())
                .addValue("clientOpId", entry.clientOpId())
                .addValue("baseSeq", entry.baseSeq())
                .addValue("type", entry.op().getClass().getSimpleName())
                .addValue("payload", json.writeValueAsString(entry.op()))
                .addValue("at", Timestamp.from(entry.at()));
    }

    public List<OpLogEntry> findByProjectIdAfterSeqOrderBySeq(ProjectId projectId, long afterSeq) {
        return jdbc.sql("SELECT * FROM op_log WHERE project_id = :projectId AND seq > :afterSeq ORDER BY seq")
                .param("projectId", projectId.value())
                .param("afterSeq", afterSeq)
                .query(this::map)
                .list();
    }

    /** The last sequence number in the project's log, 0 when it is empty. */
    public long findHeadSeq(ProjectId projectId) {
        return jdbc.sql("SELECT COALESCE(MAX(seq), 0) FROM op_log WHERE project_id = :projectId")
                .param("projectId", projectId.value())
                .query(Long.class)
                .single();
    }

    /** The last sequence number of each given project that has any operation. */
    public Map<ProjectId, Long> findHeadSeqs(Collection<ProjectId> projectIds) {
        Map<ProjectId, Long> heads = new HashMap<>();
        if (projectIds.isEmpty()) {
            return heads;
        }
        jdbc.sql("SELECT project_id, MAX(seq) AS head FROM op_log WHERE project_id IN (:ids) GROUP BY project_id")
                .param("ids", projectIds.stream().map(ProjectId::value).toList())
                .query(rs -> {
                    heads.put(new ProjectId(rs.getObject("project_id", UUID.class)), rs.getLong("head"));
                });
        return heads;
    }

    public Optional<Long> findSeqByClientOpId(ProjectId projectId, UUID clientOpId) {
        return jdbc.sql("SELECT seq FROM op_log WHERE project_id = :projectId AND client_op_id = :clientOpId")
                .param("projectId", projectId.value())
                .param("clientOpId", clientOpId)
                .query(Long.class)
                .optional();
    }

    /** The sequence numbers of those of {@code clientOpIds} that are in the project's log already. */
    public Map<UUID, Long> findSeqsByClientOpIds(ProjectId projectId, Collection<UUID> clientOpIds) {
        Map<UUID, Long> seqs = new HashMap<>();
        if (clientOpIds.isEmpty()) {
            return seqs;
        }
        jdbc.sql("SELECT client_op_id, seq FROM op_log WHERE project_id = :projectId AND client_op_id IN (:ids)")
                .param("projectId", projectId.value())
                .param("ids", List.copyOf(clientOpIds))
                .query(rs -> {
                    seqs.put(rs.getObject("client_op_id", UUID.class), rs.getLong("seq"));
                });
        return seqs;
    }

    /** Copies the log of {@code from} up to {@code upToSeq} into {@code to}, keeping authors and order. */
    public void copy(ProjectId from, ProjectId to, long upToSeq) {
        jdbc.sql("""
                INSERT INTO op_log (project_id, seq, author_user_id, author_generation_id, client_op_id, base_seq,
                    op_type, payload, created_at)
                SELECT :to, seq, author_user_id, author_generation_id, client_op_id, base_seq, op_type, payload, created_at
                FROM op_log WHERE project_id = :from AND seq <= :upToSeq""")
                .param("from", from.value())
                .param("to", to.value())
                .param("upToSeq", upToSeq)
                .update();
    }

    private OpLogEntry map(ResultSet rs, int row) throws SQLException {
        UUID author = rs.getObject("author_user_id", UUID.class);
        return new OpLogEntry(new ProjectId(rs.getObject("project_id", UUID.class)), rs.getLong("seq"),
                author == null ? null : new UserId(author), rs.getObject("client_op_id", UUID.class),
                rs.getLong("base_seq"), json.readValue(rs.getString("payload"), EditOp.class),
                rs.getTimestamp("created_at").toInstant(), rs.getObject("author_generation_id", UUID.class));
    }
}
