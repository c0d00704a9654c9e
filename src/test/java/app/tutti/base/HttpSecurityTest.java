package app.tutti.base;

import static org.assertj.core.api.Assertions.assertThat;

import app.tutti.testsupport.TestUsers;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** What an anonymous HTTP client gets from the real server. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class HttpSecurityTest {

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(url(path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anonymous_users_are_redirected_to_login_from_every_page() throws Exception {
        for (String path : new String[] {"/", "/projects/" + UUID.randomUUID() + "/settings"}) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as(path).hasValueSatisfying(
                    location -> assertThat(location).endsWith("/login"));
        }
    }

    @Test
    void of_the_project_pages_only_the_public_listen_link_is_open_to_anonymous_visitors() throws Exception {
        assertThat(get("/listen/some-token").statusCode()).isEqualTo(200);
        for (String path : new String[] {"/join/some-token", "/projects/" + UUID.randomUUID()}) {
            assertThat(get(path).headers().firstValue("Location")).as(path)
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
        }
    }

    @Test
    void an_invite_link_opened_before_logging_in_is_where_the_login_leads_back_to() throws Exception {
        String username = users.register("ina");
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> join = browser.send(HttpRequest.newBuilder(url("/join/abc123")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(join.headers().firstValue("Location").orElse("")).endsWith("/login");

        HttpResponse<String> login = postForm(browser,
                "username=" + username + "&password=" + TestUsers.PASSWORD.replace(" ", "+"));

        assertThat(login.headers().firstValue("Location").orElse("")).contains("/join/abc123");
    }

    @Test
    void the_login_and_register_pages_are_public() throws Exception {
        assertThat(get("/login").statusCode()).isEqualTo(200);
        assertThat(get("/register").statusCode()).isEqualTo(200);
    }

    @Test
    void responses_carry_security_headers() throws Exception {
        HttpResponse<String> response = get("/login");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(response.headers().firstValue("Set-Cookie")).hasValueSatisfying(
                cookie -> assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax"));
    }

    @Test
    void health_reports_the_database_and_metrics_are_exposed_for_prometheus() throws Exception {
        HttpResponse<String> health = get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"db\":{\"status\":\"UP\"}");
        HttpResponse<String> metrics = get("/actuator/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
    }

    @Test
    void other_actuator_endpoints_are_not_exposed() throws Exception {
        assertThat(get("/actuator/env").statusCode()).isNotEqualTo(200);
        assertThat(get("/actuator/beans").statusCode()).isNotEqualTo(200);
    }

    @Test
    void the_login_endpoint_accepts_only_the_right_password_and_renews_the_session() throws Exception {
        String username = users.register("tom");
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String anonymousSession = browser.send(HttpRequest.newBuilder(url("/login")).build(),
                HttpResponse.BodyHandlers.ofString()).headers().firstValue("Set-Cookie").orElseThrow();

        HttpResponse<String> wrong = postForm(browser, "username=" + username + "&password=wrong+password");
        assertThat(wrong.headers().firstValue("Location").orElse("")).endsWith("/login?error");

        HttpResponse<String> right = postForm(browser,
                "username=" + username + "&password=" + TestUsers.PASSWORD.replace(" ", "+"));
        assertThat(right.statusCode()).isEqualTo(302);
        assertThat(right.headers().firstValue("Location").orElse("")).doesNotContain("login");
        assertThat(right.headers().firstValue("Set-Cookie")).as("session id changes at login (no fixation)")
                .hasValueSatisfying(cookie -> assertThat(cookie).isNotEqualTo(anonymousSession));
    }

    private HttpResponse<String> postForm(HttpClient browser, String form) throws Exception {
        return browser.send(HttpRequest.newBuilder(url("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
