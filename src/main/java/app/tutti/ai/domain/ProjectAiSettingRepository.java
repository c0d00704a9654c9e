package app.tutti.ai.domain;

import app.tutti.base.domain.ProjectId;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The AI settings a project's owner chose; a project without a row uses the defaults. */
@Repository
public class ProjectAiSettingRepository {

    private final JdbcClient jdbc;

    ProjectAiSettingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Boolean> originalityGate(ProjectId project) {
        return jdbc.sql("SELECT originality_gate FROM project_ai_setting WHERE project_id = :project")
                .param("project", project.value()).query(Boolean.class).optional();
    }

    public void setOriginalityGate(ProjectId project, boolean on) {
        int updated = jdbc.sql("UPDATE project_ai_setting SET originality_gate = :on WHERE project_id = :project")
                .param("project", project.value()).param("on", on).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO project_ai_setting (project_id, originality_gate) VALUES (:project, :on)")
                    .param("project", project.value()).param("on", on).update();
        }
    }
}
