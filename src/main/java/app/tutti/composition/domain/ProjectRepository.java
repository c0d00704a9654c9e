package app.tutti.composition.domain;

import app.tutti.base.domain.NotFoundException;
import app.tutti.base.domain.ProjectId;
import app.tutti.base.domain.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ProjectRepository {

    private final JdbcClient jdbc;

    ProjectRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Project project) {
        ProjectDetails details = project.details();
        jdbc.sql("""
                INSERT INTO project (id, title, tempo_bpm, beats_per_bar, beat_unit, key_tonic, key_mode,
                    ticks_per_quarter, head_seq, created_by, created_at, updated_at, copied_from_id, copied_from_seq)
                VALUES (:id, :title, :tempo, :beatsPerBar, :beatUnit, :keyTonic, :keyMode,
                    :ticksPerQuarter, :headSeq, :createdBy, :createdAt, :updatedAt, :copiedFromId, :copiedFromSeq)""")
                .param("id", project.id().value())
                .param("title", details.title())
                .param("tempo", details.tempoBpm())
                .param("beatsPerBar", details.timeSignature().beatsPerBar())
                .param("beatUnit", details.timeSignature().beatUnit())
                .param("keyTonic", details.key().tonic())
                .param("keyMode", details.key().mode().name())
                .param("ticksPerQuarter", project.ticksPerQuarter())
                .param("headSeq", project.headSeq())
                .param("createdBy", project.createdBy().value())
                .param("createdAt", Timestamp.from(project.createdAt()))
                .param("updatedAt", Timestamp.from(project.updatedAt()))
                .param("copiedFromId", project.copiedFrom() == null ? null : project.copiedFrom().value())
                .param("copiedFromSeq", project.copiedFrom() == null ? null : project.headSeq())
                .update();
    }

    public Optional<Project> findById(ProjectId id) {
        return jdbc.sql("SELECT * FROM project WHERE id = :id")
                .param("id", id.value())
                .query(ProjectRepository::map)
                .optional();
    }

    /** The given projects whose title contains {@code search} (any case), most recently edited first. */
    public List<Project> findByIdsMatching(Collection<ProjectId> ids, String search) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT * FROM project WHERE id IN (:ids) AND LOWER(title) LIKE :pattern ESCAPE '\\'
                ORDER BY updated_at DESC, title""")
                .param("ids", ids.stream().map(ProjectId::value).toList())
                .param("pattern", "%" + escapeLike(search.strip().toLowerCase(Locale.ROOT)) + "%")
                .query(ProjectRepository::map)
                .list();
    }

    public void updateDetails(ProjectId id, ProjectDetails details, Instant updatedAt) {
        jdbc.sql("""
                UPDATE project SET title = :title, tempo_bpm = :tempo, beats_per_bar = :beatsPerBar,
                    beat_unit = :beatUnit, key_tonic = :keyTonic, key_mode = :keyMode, updated_at = :updatedAt
                WHERE id = :id""")
                .param("id", id.value())
                .param("title", details.title())
                .param("tempo", details.tempoBpm())
                .param("beatsPerBar", details.timeSignature().beatsPerBar())
                .param("beatUnit", details.timeSignature().beatUnit())
                .param("keyTonic", details.key().tonic())
                .param("keyMode", details.key().mode().name())
                .param("updatedAt", Timestamp.from(updatedAt))
                .update();
    }

    /** Takes the next sequence number of the project's log; the row stays locked until commit. */
    public long advanceHead(ProjectId id, Instant updatedAt) {
        int updated = jdbc.sql("UPDATE project SET head_seq = head_seq + 1, updated_at = :updatedAt WHERE id = :id")
                .param("id", id.value())
                .param("updatedAt", Timestamp.from(updatedAt))
                .update();
        if (updated == 0) {
            throw new NotFoundException("This project no longer exists.");
        }
        return jdbc.sql("SELECT head_seq FROM project WHERE id = :id").param("id", id.value()).query(Long.class).single();
    }

    /**
     * Locks the project's row until the transaction ends and returns its head; the next operations
     * of the project wait for that lock, so they commit one batch at a time and in order.
     */
    public long lockHead(ProjectId id) {
        return jdbc.sql("SELECT head_seq FROM project WHERE id = :id FOR UPDATE")
                .param("id", id.value())
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("This project no longer exists."));
    }

    /** Moves the head of a project whose row the caller has locked ({@link #lockHead}) on by {@code count}. */
    public void advanceHeadBy(ProjectId id, int count, Instant updatedAt) {
        jdbc.sql("UPDATE project SET head_seq = head_seq + :count, updated_at = :updatedAt WHERE id = :id")
                .param("id", id.value())
                .param("count", count)
                .param("updatedAt", Timestamp.from(updatedAt))
                .update();
    }

    public void delete(ProjectId id) {
        jdbc.sql("DELETE FROM project WHERE id = :id").param("id", id.value()).update();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Project map(ResultSet rs, int row) throws SQLException {
        ProjectDetails details = new ProjectDetails(rs.getString("title"), rs.getDouble("tempo_bpm"),
                new TimeSignature(rs.getInt("beats_per_bar"), rs.getInt("beat_unit")),
                new MusicalKey(rs.getInt("key_tonic"), MusicalKey.Mode.valueOf(rs.getString("key_mode"))));
        UUID copiedFrom = rs.getObject("copied_from_id", UUID.class);
        return new Project(new ProjectId(rs.getObject("id", UUID.class)), details, rs.getInt("ticks_per_quarter"),
                rs.getLong("head_seq"), new UserId(rs.getObject("created_by", UUID.class)),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
                copiedFrom == null ? null : new ProjectId(copiedFrom));
    }
}
