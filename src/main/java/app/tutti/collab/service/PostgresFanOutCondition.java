package app.tutti.collab.service;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Cross-node fan-out by PostgreSQL LISTEN/NOTIFY is on when {@code tutti.cluster.fan-out} is
 * {@code postgres}, or {@code auto} (the default) and the datasource is PostgreSQL. With H2 there
 * is one node, and the in-process {@link ProjectBroadcaster} alone is enough.
 */
class PostgresFanOutCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        var environment = context.getEnvironment();
        String mode = environment.getProperty("tutti.cluster.fan-out", "auto");
        String url = environment.getProperty("spring.datasource.url", "");
        return mode.equals("postgres") || mode.equals("auto") && url.startsWith("jdbc:postgresql:");
    }
}
