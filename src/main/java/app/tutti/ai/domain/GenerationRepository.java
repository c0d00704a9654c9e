package app.tutti.ai.domain;

import app.tutti.base.domain.NotFoundException;
import app.tutti.base.domain.ProjectId;
import app.tutti.base.domain.UserId;
import app.tutti.composition.domain.Note;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Generation records. Status changes are guarded by the status they leave, so a late or repeated
 * writer (a worker whose result comes after a cancel, a second accept) changes nothing and learns
 * so from the returned count.
 */
@Repository
public class GenerationRepository {

    private static final TypeReference<List<Note>> NOTES = new TypeReference<>() { };
    private static final TypeReference<List<ClosestExcerpt>> EXCERPTS = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    GenerationRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void insert(Generation g) {
        jdbc.sql("""
                INSERT INTO generation (id, project_id, requested_by, model_name, model_version, track_id,
                    prompt_from_bar, prompt_to_bar, parameters, seed, status, requested_at)
                VALUES (:id, :project, :user, :modelName, :modelVersion, :track, :from, :to, :parameters, :seed,
                    :status, :at)""")
                .param("id", g.id().value())
                .param("project", g.projectId().value())
                .param("user", g.requestedBy().value())
                .param("modelName", g.model().name())
                .param("modelVersion", g.model().version())
                .param("track", g.trackId())
                .param("from", g.promptFromBar())
                .param("to", g.promptToBar())
                .param("parameters", json.writeValueAsString(g.parameters()))
                .param("seed", g.seed())
                .param("status", g.status().dbValue())
                .param("at", Timestamp.from(g.requestedAt()))
                .update();
    }

    public Optional<Generation> findById(GenerationId id) {
        return jdbc.sql("SELECT * FROM generation WHERE id = :id").param("id", id.value()).query(this::map).optional();
    }

    /** The generation, or a {@link NotFoundException} for the user. */
    public Generation get(GenerationId id) {
        return findById(id).orElseThrow(() -> new NotFoundException("This AI generation does not exist."));
    }

    /** The project's generations, newest first. */
    public List<Generation> findByProjectIdNewestFirst(ProjectId projectId, int limit) {
        return jdbc.sql("SELECT * FROM generation WHERE project_id = :project ORDER BY requested_at DESC LIMIT :limit")
                .param("project", projectId.value())
                .param("limit", limit)
                .query(this::map)
                .list();
    }

    /** How many of the project's generations are queued or running. */
    public int countInProgressByProjectId(ProjectId projectId) {
        return jdbc.sql("SELECT COUNT(*) FROM generation WHERE project_id = :project AND status IN ('queued', 'running')")
                .param("project", projectId.value())
                .query(Integer.class)
                .single();
    }

    /** The user's generations requested after {@code since} (the rate limit when jobs go to worker nodes). */
    public int countRequestedBySince(UserId user, Instant since) {
        return jdbc.sql("SELECT COUNT(*) FROM generation WHERE requested_by = :user AND requested_at > :since")
                .param("user", user.value())
                .param("since", Timestamp.from(since))
                .query(Integer.class)
                .single();
    }

    /** How many generations each user asked for in the project (all statuses). */
    public Map<UserId, Integer> countByProjectIdPerRequester(ProjectId projectId) {
        Map<UserId, Integer> counts = new HashMap<>();
        jdbc.sql("SELECT requested_by, COUNT(*) AS n FROM generation WHERE project_id = :project GROUP BY requested_by")
                .param("project", projectId.value())
                .query(rs -> {
                    counts.put(new UserId(rs.getObject("requested_by", UUID.class)), rs.getInt("n"));
                });
        return counts;
    }

    /** Generations {@code user} asked for in {@code project} that count against a policy's limit (all but failed ones). */
    public int countCountedAgainstLimit(ProjectId projectId, UserId user) {
        return jdbc.sql("SELECT COUNT(*) FROM generation WHERE project_id = :project AND requested_by = :user"
                        + " AND status <> 'failed'")
                .param("project", projectId.value()).param("user", user.value()).query(Integer.class).single();
    }

    public boolean markRunning(GenerationId id, Instant at) {
        return jdbc.sql("UPDATE generation SET status = 'running', started_at = :at WHERE id = :id AND status = 'queued'")
                .param("id", id.value())
                .param("at", Timestamp.from(at))
                .update() == 1;
    }

    public void updateTokens(GenerationId id, int tokens) {
        jdbc.sql("UPDATE generation SET tokens_generated = :tokens WHERE id = :id AND status IN ('queued', 'running')")
                .param("id", id.value())
                .param("tokens", tokens)
                .update();
    }

    /** Records the proposed notes; false if the generation had already ended (cancelled, say). */
    public boolean markDone(GenerationId id, List<Note> notes, int tokens, Instant at) {
        return jdbc.sql("""
                UPDATE generation SET status = 'done', proposed_notes = :notes, tokens_generated = :tokens,
                    finished_at = :at, started_at = COALESCE(started_at, :at)
                WHERE id = :id AND status IN ('queued', 'running')""")
                .param("id", id.value())
                .param("notes", json.writeValueAsString(notes))
                .param("tokens", tokens)
                .param("at", Timestamp.from(at))
                .update() == 1;
    }

    /** Ends a queued or running generation as failed or cancelled, with a message for the user. */
    public boolean markEnded(GenerationId id, GenerationStatus status, String message, Instant at) {
        if (status != GenerationStatus.FAILED && status != GenerationStatus.CANCELLED) {
            throw new IllegalArgumentException("Not an end of a run: " + status);
        }
        return jdbc.sql("""
                UPDATE generation SET status = :status, message = :message, finished_at = :at
                WHERE id = :id AND status IN ('queued', 'running')""")
                .param("id", id.value())
                .param("status", status.dbValue())
                .param("message", message.length() > 500 ? message.substring(0, 500) : message)
                .param("at", Timestamp.from(at))
                .update() == 1;
    }

    /** Withholds a done proposal the originality gate flagged: the generation fails with the explanation. */
    public boolean markWithheld(GenerationId id, String message) {
        return jdbc.sql("UPDATE generation SET status = 'failed', message = :message WHERE id = :id AND status = 'done'")
                .param("id", id.value())
                .param("message", message.length() > 500 ? message.substring(0, 500) : message)
                .update() == 1;
    }

    /** Takes the decision on a done generation; false if it was already decided or is not done. */
    public boolean markAccepted(GenerationId id, UserId acceptor, Instant at) {
        return jdbc.sql("""
                UPDATE generation SET status = 'accepted', accepted_by = :user, decided_at = :at
                WHERE id = :id AND status = 'done'""")
                .param("id", id.value())
                .param("user", acceptor.value())
                .param("at", Timestamp.from(at))
                .update() == 1;
    }

    public void recordProvenance(GenerationId id, List<ClosestExcerpt> closest) {
        jdbc.sql("UPDATE generation SET provenance = :provenance WHERE id = :id")
                .param("id", id.value())
                .param("provenance", json.writeValueAsString(closest))
                .update();
    }

    public void recordAcceptedSeq(GenerationId id, long seq) {
        jdbc.sql("UPDATE generation SET accepted_seq = :seq WHERE id = :id")
                .param("id", id.value())
                .param("seq", seq)
                .update();
    }

    public boolean markRejected(GenerationId id, Instant at) {
        return jdbc.sql("""
                UPDATE generation SET status = 'rejected', decided_at = :at
                WHERE id = :id AND status = 'done'""")
                .param("id", id.value())
                .param("at", Timestamp.from(at))
                .update() == 1;
    }

    private Generation map(ResultSet rs, int row) throws SQLException {
        String notes = rs.getString("proposed_notes");
        String provenance = rs.getString("provenance");
        UUID acceptedBy = rs.getObject("accepted_by", UUID.class);
        long acceptedSeq = rs.getLong("accepted_seq");
        Long seq = rs.wasNull() ? null : acceptedSeq;
        return new Generation(new GenerationId(rs.getObject("id", UUID.class)),
                new ProjectId(rs.getObject("project_id", UUID.class)),
                new UserId(rs.getObject("requested_by", UUID.class)),
                new ModelIdentity(rs.getString("model_name"), rs.getString("model_version")),
                rs.getObject("track_id", UUID.class), rs.getInt("prompt_from_bar"), rs.getInt("prompt_to_bar"),
                json.readValue(rs.getString("parameters"), GenerationParameters.class), rs.getLong("seed"),
                GenerationStatus.fromDb(rs.getString("status")), rs.getString("message"),
                rs.getInt("tokens_generated"), notes == null ? List.of() : json.readValue(notes, NOTES),
                acceptedBy == null ? null : new UserId(acceptedBy), seq, instant(rs, "requested_at"),
                instant(rs, "started_at"), instant(rs, "finished_at"), instant(rs, "decided_at"),
                provenance == null ? List.of() : json.readValue(provenance, EXCERPTS));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
