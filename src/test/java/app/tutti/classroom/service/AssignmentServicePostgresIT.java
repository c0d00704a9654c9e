package app.tutti.classroom.service;

import app.tutti.testsupport.PostgresTestDatabase;
import app.tutti.testsupport.RequiresPostgres;
import app.tutti.testsupport.RunsOnPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Every {@link AssignmentServiceTest} case again, on a fresh database in the local PostgreSQL server. */
@RequiresPostgres
class AssignmentServicePostgresIT extends AssignmentServiceTest implements RunsOnPostgres {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
    }
}
