package app.tutti.collab.service;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/** The shared PostgreSQL database, for the listening connections the nodes hold outside the pool. */
@Component
@Conditional(PostgresFanOutCondition.class)
record ClusterDatabase(@Value("${spring.datasource.url}") String url,
        @Value("${spring.datasource.username:}") String username,
        @Value("${spring.datasource.password:}") String password) {
}
