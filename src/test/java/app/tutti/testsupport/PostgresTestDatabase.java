package app.tutti.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A fresh PostgreSQL database for this test run, created in the local server on first use and
 * dropped when the JVM exits. Server address from {@code TUTTI_TEST_PG_URL} (a JDBC URL to an
 * existing database used for admin statements), default {@code jdbc:postgresql://127.0.0.1:5432/postgres}.
 */
public final class PostgresTestDatabase {

    private static final String ADMIN_URL = System.getenv().getOrDefault("TUTTI_TEST_PG_URL",
            "jdbc:postgresql://127.0.0.1:5432/postgres");
    private static final String USER = System.getenv().getOrDefault("TUTTI_TEST_PG_USER", "postgres");
    private static final String PASSWORD = System.getenv().getOrDefault("TUTTI_TEST_PG_PASSWORD", "");
    private static String databaseUrl;

    private PostgresTestDatabase() {
    }

    static boolean serverAvailable() {
        try (Connection ignored = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD)) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** Points Spring's datasource at this run's database. Use from {@code @DynamicPropertySource}. */
    public static void register(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", PostgresTestDatabase::url);
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> PASSWORD);
        // Test contexts stay cached, each with its pool: keep them small so the shared server's
        // connection limit (100) is not reached by one test run.
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> "5");
        registry.add("spring.datasource.hikari.minimum-idle", () -> "1");
    }

    /** The datasource properties of this run's database, for contexts and processes started by hand. */
    public static Map<String, Object> datasourceProperties() {
        return Map.of("spring.datasource.url", url(), "spring.datasource.username", USER,
                "spring.datasource.password", PASSWORD);
    }

    public static synchronized String url() {
        if (databaseUrl == null) {
            String name = "tutti_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            execute("CREATE DATABASE " + name);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")));
            databaseUrl = ADMIN_URL.substring(0, ADMIN_URL.lastIndexOf('/') + 1) + name;
        }
        return databaseUrl;
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL statement failed: " + sql, e);
        }
    }
}
