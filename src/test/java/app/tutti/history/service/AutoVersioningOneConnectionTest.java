package app.tutti.history.service;

import static app.tutti.history.service.HistoryScenario.note;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.tutti.history.domain.VersionKind;
import app.tutti.testsupport.TestClock;
import app.tutti.testsupport.TestUsers;
import app.tutti.testsupport.TuttiSpringTest;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The automatic version never needs a second database connection while the edit still holds its
 * own. Until 2026-11-26 it asked for one in the edit's after-commit phase; with 20 people editing
 * one project the pool (10) was soon held entirely by edits each waiting for another connection,
 * and editing stopped for the pool's 30 s timeout at a time. With one free connection (the test
 * holds the pool's other one) that shows at once: the version was never written.
 */
@TuttiSpringTest
@TestPropertySource(properties = {"spring.datasource.hikari.maximum-pool-size=2",
        "spring.datasource.hikari.connection-timeout=1000"})
class AutoVersioningOneConnectionTest {

    @Autowired
    HistoryScenario scenario;
    @Autowired
    VersionService versions;
    @Autowired
    TestUsers users;
    @Autowired
    TestClock clock;
    @Autowired
    DataSource dataSource;

    @AfterEach
    void logOut() {
        users.logOut();
    }

    @Test
    void the_automatic_version_is_written_even_when_a_single_connection_is_free() throws SQLException {
        HistoryScenario.Song song = scenario.start();
        scenario.add(song.project(), note(song.track(), 60, 0));
        clock.advance(AutoVersioning.IDLE.plus(Duration.ofSeconds(1)));
        try (Connection held = dataSource.getConnection()) {
            scenario.add(song.project(), note(song.track(), 64, 960));
        }

        await().atMost(Duration.ofSeconds(30)).pollInSameThread().untilAsserted(() -> assertThat(versions.timeline(song.project()))
                .singleElement().satisfies(entry -> assertThat(entry.version().kind()).isEqualTo(VersionKind.AUTO)));
    }
}
