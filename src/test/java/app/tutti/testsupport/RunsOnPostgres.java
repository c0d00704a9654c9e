package app.tutti.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Implemented by the PostgreSQL variants of test classes: proves the context really talks to
 * this run's fresh PostgreSQL database. Pair with {@link RequiresPostgres} and a
 * {@code @DynamicPropertySource} calling {@link PostgresTestDatabase#register}.
 */
public interface RunsOnPostgres {

    @Test
    default void runs_against_this_runs_postgresql_database(@Autowired DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
            assertThat(connection.getCatalog()).startsWith("tutti_test_");
        }
    }
}
