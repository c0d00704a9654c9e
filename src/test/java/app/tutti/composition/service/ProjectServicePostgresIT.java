package app.tutti.composition.service;

import static org.assertj.core.api.Assertions.assertThat;

import app.tutti.testsupport.PostgresTestDatabase;
import app.tutti.testsupport.RequiresPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Every {@link ProjectServiceTest} case again, on a fresh database in the local PostgreSQL server. */
@RequiresPostgres
class ProjectServicePostgresIT extends ProjectServiceTest {

    @Autowired
    DataSource dataSource;

    @Test
    void runs_against_postgresql() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
            assertThat(connection.getCatalog()).startsWith("tutti_test_");
        }
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
    }
}
