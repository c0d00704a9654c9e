package app.tutti.sharing.service;

import app.tutti.base.domain.NotFoundException;
import app.tutti.base.domain.ProjectId;
import app.tutti.base.security.CurrentUser;
import app.tutti.sharing.domain.LinkToken;
import app.tutti.sharing.domain.ProjectRole;
import app.tutti.sharing.domain.PublicLinkRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's optional public read-only link: anyone with it may listen to the project without
 * signing in, and nobody can change anything through it. Only the owner switches it on (which
 * makes a new link) and off.
 */
@Service
public class PublicLinkService {

    public static final String LISTEN_PATH = "listen/";
    static final String NOT_PUBLIC = "This link does not exist or its owner switched it off.";

    private final PublicLinkRepository links;
    private final ProjectAccess access;
    private final CurrentUser currentUser;
    private final Clock clock;

    PublicLinkService(PublicLinkRepository links, ProjectAccess access, CurrentUser currentUser, Clock clock) {
        this.links = links;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Switches the link on with a new token (an earlier link stops working) and returns its path. */
    @Transactional
    public String enable(ProjectId projectId) {
        requireOwner(projectId);
        LinkToken token = LinkToken.generate();
        links.replace(projectId, token.hash(), clock.instant());
        return LISTEN_PATH + token.value();
    }

    @Transactional
    public void disable(ProjectId projectId) {
        requireOwner(projectId);
        links.delete(projectId);
    }

    /** Since when the project has a public link; empty when it has none. */
    @Transactional(readOnly = true)
    public Optional<Instant> enabledSince(ProjectId projectId) {
        requireOwner(projectId);
        return links.findCreatedAtByProjectId(projectId);
    }

    /** The project a public token opens, for reading only; anyone may ask. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public ProjectId resolve(String token) {
        return links.findProjectIdByTokenHash(new LinkToken(token).hash())
                .orElseThrow(() -> new NotFoundException(NOT_PUBLIC));
    }

    private void requireOwner(ProjectId projectId) {
        access.require(projectId, currentUser.require().userId(), ProjectRole.OWNER);
    }
}
