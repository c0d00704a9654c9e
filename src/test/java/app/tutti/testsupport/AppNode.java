package app.tutti.testsupport;

import app.tutti.TuttiApplication;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One whole Tutti node (Spring application with its own web server on a random port) on this
 * run's fresh PostgreSQL database, for tests that need several nodes in one JVM.
 */
public record AppNode(ConfigurableApplicationContext context) implements AutoCloseable {

    public static AppNode start(String name, String... extraArguments) {
        Map<String, Object> properties = new HashMap<>(PostgresTestDatabase.datasourceProperties());
        properties.put("server.port", 0);
        properties.put("tutti.data-dir", "target/node-" + name);
        // As command-line arguments, so they win over application.properties (default properties would not).
        String[] arguments = java.util.stream.Stream.concat(
                properties.entrySet().stream().map(p -> "--" + p.getKey() + "=" + p.getValue()),
                java.util.Arrays.stream(extraArguments)).toArray(String[]::new);
        return new AppNode(new SpringApplicationBuilder(TuttiApplication.class).profiles("test").run(arguments));
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public String url(String path) {
        return "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort() + path;
    }

    @Override
    public void close() {
        context.close();
    }
}
