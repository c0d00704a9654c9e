package app.tutti.sharing.service;

import app.tutti.sharing.domain.InviteLink;

/** A new invite link with its token; the token is shown to the owner once and never stored. */
public record CreatedInvite(InviteLink link, String token) {

    /** The address, relative to the app's root, that the owner sends around. */
    public String path() {
        return InviteService.JOIN_PATH + token;
    }
}
