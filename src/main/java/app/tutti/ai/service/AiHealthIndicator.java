package app.tutti.ai.service;

import app.tutti.ai.worker.ModelWorkerPool;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} component {@code ai}: the model in service and, on a node that runs
 * generations itself, its workers and queue. The app does not start without a loadable model, so
 * a running app reports UP; the details say which model and how busy.
 */
@Component("ai")
class AiHealthIndicator implements HealthIndicator {

    private final ModelFiles model;
    private final ObjectProvider<ModelWorkerPool> pool;
    private final String mode;

    AiHealthIndicator(ModelFiles model, ObjectProvider<ModelWorkerPool> pool,
            @Value("${tutti.ai.mode:local}") String mode) {
        this.model = model;
        this.pool = pool;
        this.mode = mode;
    }

    @Override
    public Health health() {
        Health.Builder health = Health.up().withDetail("model", model.identity().toString()).withDetail("mode", mode);
        ModelWorkerPool workers = pool.getIfAvailable();
        if (workers != null) {
            health.withDetail("workers", workers.settings().workers())
                    .withDetail("busyWorkers", workers.busyWorkers())
                    .withDetail("queued", workers.queueDepth())
                    .withDetail("queueCapacity", workers.settings().queueCapacity());
        }
        return health.build();
    }
}
