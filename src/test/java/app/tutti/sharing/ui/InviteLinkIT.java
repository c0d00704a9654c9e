package app.tutti.sharing.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.tutti.base.domain.ProjectId;
import app.tutti.composition.domain.ProjectDetails;
import app.tutti.composition.service.ProjectService;
import app.tutti.sharing.domain.ProjectRole;
import app.tutti.sharing.service.MemberView;
import app.tutti.sharing.service.SharingService;
import app.tutti.testsupport.Browser;
import app.tutti.testsupport.BrowserTest;
import app.tutti.testsupport.TestUsers;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The owner makes an invite link in the share dialog of real Chromium; someone who is not signed
 * in opens it, logs in, and lands in the project's editor as a member with the link's role.
 */
class InviteLinkIT extends BrowserTest {

    @Autowired
    ProjectService projects;
    @Autowired
    SharingService sharing;

    @Test
    void an_invite_link_made_in_the_share_dialog_brings_a_new_member_into_the_editor() {
        String owner = users.register("owner");
        String guest = users.register("guest");
        users.logIn(owner);
        ProjectId project = projects.create(ProjectDetails.untitled().withTitle("Invited"));

        Page page = browser.newPage(1280, 900);
        logIn(page, owner);
        page.navigate(url("/projects/" + project));
        page.click("#share-button");
        page.click("#invite-create");
        assertThat(page.locator("#invite-link input")).hasValue(java.util.regex.Pattern.compile(".*/join/.+"));
        String link = page.locator("#invite-link input").inputValue();
        Browser.screenshot(page, "share-dialog");

        Page newcomer = browser.newPage(1280, 800);
        newcomer.navigate(link);
        newcomer.waitForURL(address -> address.contains("/login"));
        newcomer.fill("vaadin-login-form input[name=username]", guest);
        newcomer.fill("vaadin-login-form input[name=password]", TestUsers.PASSWORD);
        newcomer.keyboard().press("Enter");

        assertThat(newcomer.locator("tutti-piano-roll[data-ready]")).isVisible();
        Browser.screenshot(newcomer, "joined-by-invite-link");
        assertThat(newcomer).hasURL(java.util.regex.Pattern.compile(".*/projects/" + project));
        assertThat(newcomer.locator("tutti-piano-roll[data-ready]")).isVisible();
        assertThat(newcomer.getByText("Invited").first()).isVisible();
        users.logIn(owner);
        assertThat(sharing.members(project)).filteredOn(m -> m.username().equals(guest))
                .extracting(MemberView::role).containsExactly(ProjectRole.VIEWER);
    }
}
