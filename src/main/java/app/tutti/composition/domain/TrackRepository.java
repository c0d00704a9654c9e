package app.tutti.composition.domain;

import app.tutti.base.domain.NotFoundException;
import app.tutti.base.domain.ProjectId;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class TrackRepository {

    private final JdbcClient jdbc;

    TrackRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(ProjectId projectId, Track track) {
        withTrack(jdbc.sql("""
                INSERT INTO track (id, project_id, position, name, program, channel, color, volume, muted, solo)
                VALUES (:id, :projectId, :position, :name, :program, :channel, :color, :volume, :muted, :solo)""")
                .param("projectId", projectId.value()), track)
                .update();
    }

    public void update(ProjectId projectId, Track track) {
        int updated = withTrack(jdbc.sql("""
                UPDATE track SET name = :name, program = :program, channel = :channel, color = :color,
                    volume = :volume, muted = :muted, solo = :solo
                WHERE project_id = :projectId AND id = :id""")
                .param("projectId", projectId.value()), track)
                .update();
        if (updated == 0) {
            throw new NotFoundException("That track no longer exists.");
        }
    }

    private static JdbcClient.StatementSpec withTrack(JdbcClient.StatementSpec statement, Track track) {
        return statement.param("id", track.id())
                .param("position", track.position())
                .param("name", track.name())
                .param("program", track.program())
                .param("channel", track.channel())
                .param("color", track.color())
                .param("volume", track.volume())
                .param("muted", track.muted())
                .param("solo", track.solo());
    }

    public void delete(ProjectId projectId, UUID trackId) {
        jdbc.sql("DELETE FROM track WHERE project_id = :projectId AND id = :id")
                .param("projectId", projectId.value())
                .param("id", trackId)
                .update();
    }

    public List<Track> findByProjectIdOrderByPosition(ProjectId projectId) {
        return jdbc.sql("SELECT * FROM track WHERE project_id = :projectId ORDER BY position")
                .param("projectId", projectId.value())
                .query((rs, row) -> new Track(rs.getObject("id", UUID.class), rs.getInt("position"),
                        rs.getString("name"), rs.getInt("program"), rs.getInt("channel"), rs.getString("color"),
                        rs.getInt("volume"), rs.getBoolean("muted"), rs.getBoolean("solo")))
                .list();
    }
}
