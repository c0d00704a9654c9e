package app.tutti.collab.service;

import org.springframework.context.annotation.Conditional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the other nodes "project P has operation N" with {@code NOTIFY} inside the operations' own
 * transaction: PostgreSQL sends it only if the transaction commits, and only after it has.
 */
@Component
@Conditional(PostgresFanOutCondition.class)
class PostgresOpNotifier {

    static final String CHANNEL = "tutti_ops";

    private final JdbcClient jdbc;

    PostgresOpNotifier(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void notifyOtherNodes(OpsCommitted committed) {
        // The last number is enough: the other nodes read whatever they lack up to it from the log.
        var entry = committed.entries().getLast();
        jdbc.sql("SELECT pg_notify(:channel, :payload)")
                .param("channel", CHANNEL)
                .param("payload", entry.projectId() + ":" + entry.seq())
                .query((rs, row) -> row)
                .list();
    }
}
