package org.citizenshop.web.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Set;
import org.citizenshop.application.CaseSubmission;
import org.citizenshop.application.CaseView;
import org.citizenshop.application.Cases;
import org.citizenshop.application.ConsentView;
import org.citizenshop.application.Consents;
import org.citizenshop.application.ServiceFinder;
import org.citizenshop.domain.model.DomainException;
import org.citizenshop.domain.model.InvalidFormException;
import org.citizenshop.domain.model.InvalidInputException;
import org.citizenshop.web.i18n.Texts;

/**
 * A citizen logged in at a kiosk (password plus one-time code) does a life event himself: the form,
 * what his consent covers, which he gives with the submission, then the receipt.
 */
@Named
@ViewScoped
public class SelfServiceView extends LifeEventForm {

    private static final long serialVersionUID = 1L;

    @Inject
    ServiceFinder finder;

    @Inject
    Cases cases;

    @Inject
    Consents consents;

    @Inject
    Feedback feedback;

    @Inject
    LocaleSelection language;

    private String shop;
    private String event;
    private List<ConsentView.Item> items = List.of();
    private boolean agree;
    private CaseView submitted;

    @Inject
    KioskIntent intent;

    /** The life event named by the page's parameters, or the one chosen at the kiosk before the login. */
    public void load() {
        if (blank(event) && !blank(intent.event())) {
            event = intent.event();
            shop = intent.shop();
        }
        if (blank(event) || blank(shop)) {
            feedback.info("selfService.chooseFirst");
            return;
        }
        try {
            lifeEvent = finder.lifeEvent(event);
            items = consents.itemsFor(event);
        } catch (DomainException refused) {
            feedback.refused(refused);
        }
    }

    /** Checks the form first, then gives the consent and submits: a refused form gives no consent. */
    public String submit() {
        errors.clear();
        try {
            ServiceFinder.FormCheck check = finder.checkForm(event, Set.copyOf(chosen), cleaned());
            if (!check.problems().isEmpty()) {
                check.problems()
                        .forEach(problem -> errors.put(
                                problem.field(),
                                Texts.text(
                                        language.getLocale(),
                                        problem.messageKey(),
                                        problem.arguments().toArray())));
                feedback.refused(new InvalidFormException(check.problems().stream()
                        .map(problem -> new InvalidFormException.Refusal(
                                problem.field(), problem.messageKey(), problem.arguments()))
                        .toList()));
                return null;
            }
            if (!agree) {
                errors.put("agree", Texts.text(language.getLocale(), "selfService.agreeFirst"));
                return null;
            }
            ConsentView consent = consents.giveAtKiosk(event, shop);
            submitted = cases.submit(
                    new CaseSubmission(shop, null, event, null, Set.copyOf(chosen), cleaned(), null, consent.id()));
            feedback.info("case.submitted", submitted.reference());
        } catch (InvalidFormException form) {
            showAtFields(form, language.getLocale());
            feedback.refused(form);
        } catch (InvalidInputException invalid) {
            errors.put(invalid.field(), Texts.of(invalid, language.getLocale()));
            feedback.refused(invalid);
        } catch (DomainException refused) {
            feedback.refused(refused);
        }
        return null;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public String getShop() {
        return shop;
    }

    public void setShop(String shop) {
        this.shop = shop;
    }

    public String getEvent() {
        return event;
    }

    public void setEvent(String event) {
        this.event = event;
    }

    public List<ConsentView.Item> getItems() {
        return items;
    }

    public boolean isAgree() {
        return agree;
    }

    public void setAgree(boolean agree) {
        this.agree = agree;
    }

    public CaseView getSubmitted() {
        return submitted;
    }
}
