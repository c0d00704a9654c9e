package app.tutti.ai.service;

import app.tutti.testsupport.PostgresTestDatabase;
import app.tutti.testsupport.RequiresPostgres;
import app.tutti.testsupport.RunsOnPostgres;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Every {@link ContinuationServiceTest} case again, with the generation records in PostgreSQL. */
@RequiresPostgres
@DirtiesContext
class ContinuationServicePostgresIT extends ContinuationServiceTest implements RunsOnPostgres {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
    }
}
