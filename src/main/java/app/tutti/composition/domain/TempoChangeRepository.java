package app.tutti.composition.domain;

import app.tutti.base.domain.ProjectId;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A project's tempo changes after tick 0; the tempo at tick 0 is stored with the project. */
@Repository
public class TempoChangeRepository {

    private final JdbcClient jdbc;

    TempoChangeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insertAll(ProjectId projectId, List<TempoPoint> changes) {
        for (TempoPoint change : changes) {
            jdbc.sql("INSERT INTO tempo_change (project_id, tick, bpm) VALUES (:projectId, :tick, :bpm)")
                    .param("projectId", projectId.value())
                    .param("tick", change.tick())
                    .param("bpm", change.bpm())
                    .update();
        }
    }

    public List<TempoPoint> findByProjectIdOrderByTick(ProjectId projectId) {
        return jdbc.sql("SELECT tick, bpm FROM tempo_change WHERE project_id = :projectId ORDER BY tick")
                .param("projectId", projectId.value())
                .query((rs, row) -> new TempoPoint(rs.getLong("tick"), rs.getDouble("bpm")))
                .list();
    }
}
