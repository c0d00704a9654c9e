package app.tutti.sharing.service;

import app.tutti.testsupport.PostgresTestDatabase;
import app.tutti.testsupport.RequiresPostgres;
import app.tutti.testsupport.RunsOnPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Every {@link SharingServiceTest} case again (row locks of ownership transfers included) on PostgreSQL. */
@RequiresPostgres
class SharingServicePostgresIT extends SharingServiceTest implements RunsOnPostgres {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
    }
}
