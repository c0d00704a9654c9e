package app.tutti.account.security;

import app.tutti.account.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Login, sessions, CSRF and headers, all by Spring Security; Vaadin's configurer adds what its
 * views need (CSRF for its own requests, access checks on routes, the login view).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    /** Only with a web server: an AI-worker node ({@code tutti.role=ai-worker}) has none, nor any view to guard. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication
    @EnableWebSecurity
    static class WebSecurity {

        @Bean
        SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
            http.authorizeHttpRequests(auth -> auth
                    .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus").permitAll()
                    .requestMatchers("/styles.css", "/images/**", "/icons/**").permitAll());
            http.headers(headers -> headers
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                    .permissionsPolicyHeader(policy -> policy.policy("camera=(), geolocation=(), microphone=(self)"))
                    .frameOptions(frame -> frame.deny()));
            http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
            return http.build();
        }
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}

