package app.tutti.sharing.ui;

import app.tutti.base.domain.ProjectId;
import app.tutti.sharing.service.InviteService;
import app.tutti.sharing.service.PublicLinkService;
import app.tutti.sharing.service.SharingService;
import java.time.Clock;
import org.springframework.stereotype.Component;

/** Opens the share dialog of a project; views that offer "Share" ask for this bean. */
@Component
public class ShareDialogs {

    private final SharingService sharing;
    private final InviteService invites;
    private final PublicLinkService publicLinks;
    private final Clock clock;

    ShareDialogs(SharingService sharing, InviteService invites, PublicLinkService publicLinks, Clock clock) {
        this.sharing = sharing;
        this.invites = invites;
        this.publicLinks = publicLinks;
        this.clock = clock;
    }

    /** The dialog for a project; {@code owner} shows the owner's controls (the services check again). */
    public ShareDialog create(ProjectId projectId, boolean owner) {
        ShareDialog dialog = new ShareDialog(projectId, sharing, owner);
        if (owner) {
            dialog.addOwnerSections(new InviteLinksPanel(projectId, invites, clock),
                    new PublicLinkPanel(projectId, publicLinks));
        }
        return dialog;
    }
}
