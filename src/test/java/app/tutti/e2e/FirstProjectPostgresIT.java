package app.tutti.e2e;

import app.tutti.testsupport.PostgresTestDatabase;
import app.tutti.testsupport.RequiresPostgres;
import app.tutti.testsupport.RunsOnPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same browser journey with the app pointed at PostgreSQL through properties only. */
@RequiresPostgres
class FirstProjectPostgresIT extends FirstProjectIT implements RunsOnPostgres {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
    }
}
