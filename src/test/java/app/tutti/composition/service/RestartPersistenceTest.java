package app.tutti.composition.service;

import static org.assertj.core.api.Assertions.assertThat;

import app.tutti.TuttiApplication;
import app.tutti.composition.domain.ProjectDetails;
import app.tutti.composition.domain.ProjectSummary;
import app.tutti.testsupport.TestUsers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The default H2 file database under the data directory keeps everything across a restart. */
class RestartPersistenceTest {

    @TempDir
    Path dataDir;

    @Test
    void projects_survive_a_restart_of_the_application() {
        String username;
        try (ConfigurableApplicationContext first = start()) {
            TestUsers users = first.getBean(TestUsers.class);
            username = users.register("vera");
            users.logIn(username);
            first.getBean(ProjectService.class).create(ProjectDetails.untitled().withTitle("Kept"));
            users.logOut();
        }
        assertThat(Files.exists(dataDir.resolve("tutti.mv.db"))).isTrue();

        try (ConfigurableApplicationContext second = start()) {
            TestUsers users = second.getBean(TestUsers.class);
            users.logIn(username);
            List<ProjectSummary> projects = second.getBean(ProjectService.class).listMine("");
            users.logOut();
            assertThat(projects).extracting(p -> p.project().title()).containsExactly("Kept");
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(TuttiApplication.class)
                .run("--tutti.data-dir=" + dataDir, "--server.port=0", "--spring.main.banner-mode=off");
    }
}
