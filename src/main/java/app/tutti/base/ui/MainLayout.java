package app.tutti.base.ui;

import app.tutti.base.security.AppUser;
import app.tutti.base.security.CurrentUser;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.SvgIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/** The app shell: brand, side navigation built from {@code @Menu} views, and the user menu. */
@Layout
@PermitAll
public final class MainLayout extends AppLayout {

    MainLayout(CurrentUser currentUser, AuthenticationContext authenticationContext) {
        setPrimarySection(Section.DRAWER);
        addToNavbar(new DrawerToggle(), brand("tutti-navbar-brand"), userMenu(currentUser.require(), authenticationContext));
        addToDrawer(brand("tutti-drawer-brand"), sideNav());
    }

    private static Div brand(String className) {
        Div brand = new Div(new Span("♪"), new Span("Tutti"));
        brand.addClassNames("tutti-brand", className);
        return brand;
    }

    private static SideNav sideNav() {
        SideNav nav = new SideNav();
        nav.addClassName("tutti-side-nav");
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(navItem(entry)));
        return nav;
    }

    private static SideNavItem navItem(MenuEntry entry) {
        String icon = entry.icon();
        if (icon != null && icon.contains(":") && !icon.contains("/")) {
            return new SideNavItem(entry.title(), entry.path(), new Icon(icon));
        }
        if (icon != null) {
            return new SideNavItem(entry.title(), entry.path(), new SvgIcon(icon));
        }
        return new SideNavItem(entry.title(), entry.path());
    }

    private static HorizontalLayout userMenu(AppUser user, AuthenticationContext authenticationContext) {
        Avatar avatar = new Avatar(user.displayName());
        avatar.addThemeVariants(com.vaadin.flow.component.avatar.AvatarVariant.LUMO_XSMALL);
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        var item = menu.addItem(new HorizontalLayout(avatar, new Span(user.displayName())));
        item.getSubMenu().addItem("Log out", e -> authenticationContext.logout()).setId("logout");
        menu.setId("user-menu");
        HorizontalLayout wrapper = new HorizontalLayout(menu);
        wrapper.addClassName("tutti-user-menu");
        return wrapper;
    }
}
