package app.tutti.ai.service;

import java.util.Arrays;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;

/**
 * Whether this process is an AI-worker node: {@code tutti.role=ai-worker} as an argument
 * ({@code --tutti.role=ai-worker}), a system property or the environment variable
 * {@code TUTTI_ROLE}. Such a node starts without a web server or UI; it only claims and runs jobs.
 */
public final class AiWorkerNode {

    public static final String ROLE = "ai-worker";

    private AiWorkerNode() {
    }

    /** Sets {@code application} up as a worker node: no web server, and Vaadin's server-side setup left out. */
    public static SpringApplication configure(SpringApplication application) {
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setDefaultProperties(Map.of("spring.autoconfigure.exclude",
                "com.vaadin.flow.spring.SpringBootAutoConfiguration,com.vaadin.flow.spring.SpringSecurityAutoConfiguration"));
        return application;
    }

    public static boolean requested(String[] args) {
        String property = System.getProperty("tutti.role", System.getenv("TUTTI_ROLE"));
        return ROLE.equals(property) || Arrays.asList(args).contains("--tutti.role=" + ROLE);
    }
}
