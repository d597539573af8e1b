package org.citizenshop.web.faces;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Optional;
import org.citizenshop.application.ConsentView;
import org.citizenshop.application.Consents;
import org.citizenshop.application.DisplayScreen;
import org.citizenshop.domain.model.DomainException;
import org.citizenshop.domain.model.NotFoundException;

/**
 * The screen facing the citizen at a desk. On first use it registers itself and keeps its token in
 * a cookie only this page reads (HttpOnly, SameSite=Strict); until a clerk pairs it, it shows the
 * pairing code; then it shows what the desk asks the citizen to agree to, which he answers himself.
 */
@Named
@ViewScoped
public class CustomerDisplayView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String COOKIE = "cs-display";

    @Inject
    Consents consents;

    @Inject
    Feedback feedback;

    private String token;
    private DisplayScreen screen;
    private ConsentView answered;

    public void load() {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) context.getRequest();
        token = cookie(request).orElse(null);
        if (token != null) {
            try {
                screen = consents.screen(token);
                return;
            } catch (NotFoundException forgotten) {
                // A token the shop does not know (its display was removed): this screen registers anew.
                token = null;
            }
        }
        Consents.DisplayRegistration registration = consents.registerDisplay();
        token = registration.token();
        Cookie cookie = new Cookie(COOKIE, token);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setPath(request.getContextPath() + "/display/");
        cookie.setMaxAge(60 * 60 * 24 * 365);
        cookie.setAttribute("SameSite", "Strict");
        ((HttpServletResponse) context.getResponse()).addCookie(cookie);
        screen = consents.screen(token);
    }

    public void refresh() {
        try {
            screen = consents.screen(token);
            if (screen.asking() != null) {
                answered = null;
            }
        } catch (DomainException refused) {
            feedback.refused(refused);
        }
    }

    public String answer(boolean given) {
        if (screen == null || screen.asking() == null) {
            return null;
        }
        try {
            answered = consents.answer(token, screen.asking().id(), given);
            screen = consents.screen(token);
        } catch (DomainException refused) {
            feedback.refused(refused);
        }
        return null;
    }

    private static Optional<String> cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies)
                .filter(cookie -> COOKIE.equals(cookie.getName()))
                .map(Cookie::getValue)
                .filter(value -> !value.isBlank() && value.length() <= 100)
                .findFirst();
    }

    public DisplayScreen getScreen() {
        return screen;
    }

    public ConsentView getAnswered() {
        return answered;
    }
}
