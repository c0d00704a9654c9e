package app.tutti.sharing.service;

import app.tutti.base.domain.InvalidInputException;
import app.tutti.base.domain.NotFoundException;
import app.tutti.base.domain.ProjectId;
import app.tutti.base.domain.UserId;
import app.tutti.base.security.CurrentUser;
import app.tutti.sharing.domain.InviteExpiry;
import app.tutti.sharing.domain.InviteLink;
import app.tutti.sharing.domain.InviteLinkRepository;
import app.tutti.sharing.domain.LinkToken;
import app.tutti.sharing.domain.ProjectMemberRepository;
import app.tutti.sharing.domain.ProjectRole;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invite links: the owner creates them with a role and an expiry, lists and revokes them; a
 * signed-in user who opens a usable link becomes a member with that role. Joining never lowers
 * a role someone already has.
 */
@Service
public class InviteService {

    public static final String JOIN_PATH = "join/";
    static final String UNKNOWN = "This invite link does not exist. Ask the project's owner for a new one.";
    static final String REVOKED = "This invite link was revoked by the project's owner. Ask them for a new one.";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final InviteLinkRepository links;
    private final ProjectMemberRepository members;
    private final ProjectAccess access;
    private final CurrentUser currentUser;
    private final Clock clock;

    InviteService(InviteLinkRepository links, ProjectMemberRepository members, ProjectAccess access,
            CurrentUser currentUser, Clock clock) {
        this.links = links;
        this.members = members;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional
    public CreatedInvite create(ProjectId projectId, ProjectRole role, InviteExpiry expiry) {
        UserId me = requireOwner(projectId);
        if (role == ProjectRole.OWNER) {
            throw new InvalidInputException("An invite link can make people editors or viewers, not owners.");
        }
        Instant now = clock.instant();
        InviteLink link = new InviteLink(UUID.randomUUID(), projectId, role, now, expiry.expiresAt(now).orElse(null),
                null);
        LinkToken token = LinkToken.generate();
        links.insert(link, token.hash(), me);
        return new CreatedInvite(link, token.value());
    }

    /** The project's links that still exist (not revoked), newest first; expired ones say so. */
    @Transactional(readOnly = true)
    public List<InviteLink> list(ProjectId projectId) {
        requireOwner(projectId);
        return links.findNotRevokedByProjectId(projectId);
    }

    @Transactional
    public void revoke(ProjectId projectId, UUID linkId) {
        requireOwner(projectId);
        if (!links.revoke(projectId, linkId, clock.instant())) {
            throw new NotFoundException("This invite link no longer exists.");
        }
    }

    /**
     * Makes the signed-in user a member with the link's role (or keeps a higher role they have)
     * and returns the project. Unknown, revoked and expired links are refused with a message
     * that says which.
     */
    @Transactional
    public ProjectId accept(String token) {
        UserId me = currentUser.require().userId();
        InviteLink link = links.findByTokenHash(new LinkToken(token).hash())
                .orElseThrow(() -> new NotFoundException(UNKNOWN));
        Instant now = clock.instant();
        if (link.revoked()) {
            throw new InvalidInputException(REVOKED);
        }
        if (link.expiredAt(now)) {
            throw new InvalidInputException("This invite link expired on " + DAY.format(link.expiresAt())
                    + ". Ask the project's owner for a new one.");
        }
        Optional<ProjectRole> current = members.findRole(link.projectId(), me);
        if (current.isEmpty()) {
            members.insert(link.projectId(), me, link.role(), now);
        } else if (!current.get().includes(link.role())) {
            members.updateRole(link.projectId(), me, link.role());
        }
        return link.projectId();
    }

    private UserId requireOwner(ProjectId projectId) {
        UserId me = currentUser.require().userId();
        access.require(projectId, me, ProjectRole.OWNER);
        return me;
    }
}
