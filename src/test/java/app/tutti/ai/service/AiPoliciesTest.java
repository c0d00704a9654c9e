package app.tutti.ai.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tutti.ai.domain.AiPolicy;
import app.tutti.ai.domain.GenerationStatus;
import app.tutti.base.domain.InvalidInputException;
import app.tutti.base.domain.ProjectId;
import app.tutti.base.domain.UserId;
import app.tutti.composition.domain.ProjectDetails;
import app.tutti.composition.service.ProjectService;
import app.tutti.testsupport.TestUsers;
import app.tutti.testsupport.TuttiSpringTest;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** A project governed by a policy source: the server refuses generations beyond its limit. */
@TuttiSpringTest
class AiPoliciesTest {

    /** Policies set by the test, as a classroom would set them for its assignments' projects. */
    static final Map<ProjectId, AiPolicy> GOVERNED = new ConcurrentHashMap<>();

    @TestConfiguration
    static class GoverningSource {
        @Bean
        AiPolicySource testPolicies() {
            return project -> Optional.ofNullable(GOVERNED.get(project));
        }
    }

    @Autowired
    ContinuationService continuations;
    @Autowired
    AiPolicies policies;
    @Autowired
    ProjectService projects;
    @Autowired
    TestUsers users;

    ProjectId project;
    UUID track;
    UserId me;

    @BeforeEach
    void project() {
        me = users.registerAndLogIn("pat");
        project = projects.create(ProjectDetails.untitled());
        track = projects.tracksOf(project).getFirst().id();
    }

    @AfterEach
    void forget() {
        GOVERNED.clear();
        users.logOut();
    }

    private ContinuationRequest oneBar() {
        return ContinuationRequest.continueAfter(project, track, 0, 1, 1).withSeed(1L);
    }

    @Test
    void a_project_nobody_governs_has_no_limit() {
        assertThat(policies.of(project)).isEqualTo(AiPolicy.OPEN);
        assertThat(continuations.request(oneBar()).result().join().status()).isEqualTo(GenerationStatus.DONE);
    }

    @Test
    void with_the_ai_switched_off_a_request_is_refused_with_a_message_and_nothing_is_recorded() {
        GOVERNED.put(project, AiPolicy.off());
        assertThatThrownBy(() -> continuations.request(oneBar())).isInstanceOf(InvalidInputException.class)
                .hasMessage("The AI is switched off for this project.");
        assertThat(continuations.history(project)).isEmpty();
    }

    @Test
    void each_user_gets_at_most_the_allowed_number_of_generations() {
        GOVERNED.put(project, AiPolicy.atMost(1));
        continuations.request(oneBar()).result().join();
        assertThat(policies.remaining(project, me)).isZero();
        assertThatThrownBy(() -> continuations.request(oneBar())).isInstanceOf(InvalidInputException.class)
                .hasMessage("You have used all 1 AI generations this project allows.");
    }

    @Test
    void the_strictest_of_two_policies_applies() {
        assertThat(AiPolicy.atMost(3).strictest(AiPolicy.OPEN.requiringOriginality()))
                .isEqualTo(new AiPolicy(3, true));
    }
}
