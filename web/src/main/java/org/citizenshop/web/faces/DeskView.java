package org.citizenshop.web.faces;

import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.citizenshop.application.AgencyRequestView;
import org.citizenshop.application.AgencyRequests;
import org.citizenshop.application.CitizenCardApplication;
import org.citizenshop.application.DeskOperations;
import org.citizenshop.application.DeskState;
import org.citizenshop.application.DeskSummary;
import org.citizenshop.application.ServiceOption;
import org.citizenshop.application.ShopDirectory;
import org.citizenshop.application.ShopSummary;
import org.citizenshop.application.TicketView;
import org.citizenshop.application.Transfer;
import org.citizenshop.application.VisitOperations;
import org.citizenshop.domain.model.ConflictException;
import org.citizenshop.domain.model.DomainException;
import org.citizenshop.domain.model.agencyrequest.CitizenCardReason;
import org.citizenshop.web.i18n.Texts;

/**
 * The clerk's desk screen: choose and sign in at a desk, call, complete or mark no-show, and send a
 * citizen card request for the citizen at the desk. What the clerk typed stays when a rule refuses it.
 */
@Named
@ViewScoped
public class DeskView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> CARD_FIELDS = Map.of(
            "civilIdNumber", "desk:civilId",
            "documentNumber", "desk:document",
            "reason", "desk:reason");

    private static final Map<String, String> TRANSFER_FIELDS = Map.of(
            "service", "desk:transfer-service",
            "desk", "desk:transfer-desk",
            "transfer", "desk:transfer-service");

    @Inject
    ShopDirectory directory;

    @Inject
    DeskOperations operations;

    @Inject
    VisitOperations visits;

    @Inject
    AgencyRequests agencyRequests;

    @Inject
    DeskSession session;

    @Inject
    Feedback feedback;

    @Inject
    LocaleSelection language;

    private List<ShopSummary> shops = List.of();
    private List<DeskSummary> desks = List.of();
    private DeskState state;

    @Inject
    org.citizenshop.application.ServiceFinder finder;

    private String finderText;
    private org.citizenshop.application.FinderHit found;
    private final java.util.Map<String, org.citizenshop.application.FinderHit> lastHits =
            new java.util.LinkedHashMap<>();
    private List<AgencyRequestView> requests = List.of();
    private String civilIdNumber;
    private String documentNumber;
    private CitizenCardReason reason = CitizenCardReason.RENEWAL;
    private String transferService;
    private String transferDesk;
    private List<ServiceOption> shopServices = List.of();

    public void load() {
        shops = session.workable(directory.shops());
        refresh();
    }

    private void refresh() {
        state = null;
        requests = List.of();
        if (session.desk() != null) {
            DeskState desk = operations.state(session.desk());
            if (desk.open() && clerk().equals(desk.clerk())) {
                state = desk;
                requests = agencyRequests.ofCurrentVisit(desk.desk());
            } else {
                session.desk(null);
            }
        }
        desks = directory.desks(session.shop());
        shopServices = state == null ? List.of() : directory.services(state.shop());
    }

    public void chooseShop() {
        refresh();
    }

    public void signIn(String desk) {
        act(() -> session.desk(operations.signIn(desk).desk()));
    }

    public void signOut() {
        act(() -> {
            operations.signOut(session.desk());
            session.desk(null);
        });
    }

    public void pause() {
        act(() -> operations.pause(session.desk()));
    }

    public void resume() {
        act(() -> operations.resume(session.desk()));
    }

    public void recall() {
        if (act(() -> operations.recall(session.desk()))) {
            feedback.info("desk.recalled", getCurrent().number(), getCurrent().recalls());
        }
    }

    public void start() {
        act(() -> visits.start(currentId()));
    }

    public void transfer() {
        String number = getCurrent() == null ? null : getCurrent().number();
        if (act(() -> visits.transfer(currentId(), new Transfer(transferService, transferDesk)), TRANSFER_FIELDS)) {
            feedback.info("desk.transferred", number);
            transferService = null;
            transferDesk = null;
            clearCardForm();
        }
    }

    public void callNext() {
        AtomicReference<Optional<TicketView>> called = new AtomicReference<>(Optional.empty());
        if (act(() -> called.set(operations.callNext(session.desk())))) {
            called.get()
                    .ifPresentOrElse(
                            ticket -> feedback.info("desk.called", ticket.number(), ticket.deskNumber()),
                            () -> feedback.info("desk.nobodyWaiting"));
            clearCardForm();
        }
    }

    public void complete() {
        if (act(() -> visits.complete(currentId()))) {
            feedback.info("desk.completed");
            clearCardForm();
        }
    }

    public void noShow() {
        if (act(() -> visits.markNoShow(currentId()))) {
            feedback.info("desk.markedNoShow");
            clearCardForm();
        }
    }

    public void sendCardRequest() {
        boolean sent = act(
                () -> agencyRequests.requestCitizenCard(
                        session.desk(), new CitizenCardApplication(civilIdNumber, documentNumber, reason)),
                CARD_FIELDS);
        if (sent) {
            feedback.info("desk.cardRequest.sent");
            clearCardForm();
        }
    }

    /** Called by the poll while requests are on their way to the agencies. */
    public void refreshRequests() {
        if (state != null) {
            requests = agencyRequests.ofCurrentVisit(state.desk());
        }
    }

    public boolean isAwaitingAgencies() {
        return requests.stream()
                .anyMatch(request -> !request.status().equals("ACCEPTED")
                        && !request.status().equals("REJECTED"));
    }

    private boolean act(Runnable action) {
        return act(action, Map.of());
    }

    /** Runs a desk action; a refusal becomes a message (input kept), then the screen shows the new state. */
    private boolean act(Runnable action, Map<String, String> fieldIds) {
        try {
            action.run();
            refresh();
            return true;
        } catch (DomainException refusal) {
            feedback.refused(refusal, fieldIds);
            refresh();
            return false;
        } catch (EJBException | ConstraintViolationException failure) {
            feedback.failed(failure);
            return false;
        }
    }

    /** The ticket at the desk as the page showed it; the service checks it is still there and the caller's. */
    private long currentId() {
        TicketView current = getCurrent();
        if (current == null) {
            throw new ConflictException("desk.noTicket", "No ticket at the desk", session.desk());
        }
        return current.id();
    }

    private void clearCardForm() {
        civilIdNumber = null;
        documentNumber = null;
        reason = CitizenCardReason.RENEWAL;
    }

    private static String clerk() {
        return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    }

    public String getClerk() {
        return clerk();
    }

    public List<ShopSummary> getShops() {
        return shops;
    }

    public List<DeskSummary> getDesks() {
        return desks;
    }

    public String getShop() {
        return session.shop();
    }

    public void setShop(String shop) {
        session.shop(shop);
    }

    /** The finder's answers for the clerk, saying whether this shop does each. */
    public List<org.citizenshop.application.FinderHit> complete(String typed) {
        try {
            List<org.citizenshop.application.FinderHit> hits =
                    finder.search(typed, language.getLanguage(), state == null ? null : state.shop(), 8);
            lastHits.clear();
            hits.forEach(hit -> lastHits.put(hit.code(), hit));
            return hits;
        } catch (DomainException refused) {
            feedback.refused(refused);
            return List.of();
        }
    }

    /** An answer as the finder's list shows it: its name and whether this shop does it. */
    public String hitLabel(Object answer) {
        if (!(answer instanceof org.citizenshop.application.FinderHit hit)) {
            return answer == null ? "" : answer.toString();
        }
        return hit.name().in(language.getLocale())
                + (Boolean.FALSE.equals(hit.availableHere())
                        ? " — " + org.citizenshop.web.i18n.Texts.text(language.getLocale(), "desk.finder.notHere")
                        : "");
    }

    /** Shows the details of the answer the clerk chose. */
    public void showFound() {
        found = lastHits.get(finderText);
        finderText = null;
    }

    public org.citizenshop.application.FinderHit getFound() {
        return found;
    }

    public String getFinderText() {
        return finderText;
    }

    public void setFinderText(String finderText) {
        this.finderText = finderText;
    }

    public DeskState getState() {
        return state;
    }

    /** "Desk 5 (LXL-05)" in the clerk's language, for the transfer list. */
    public String deskLabel(DeskSummary desk) {
        return Texts.text(language.getLocale(), "desk.number", desk.number()) + " (" + desk.code() + ")";
    }

    public List<ServiceOption> getShopServices() {
        return shopServices;
    }

    public String getTransferService() {
        return transferService;
    }

    public void setTransferService(String transferService) {
        this.transferService = transferService;
    }

    public String getTransferDesk() {
        return transferDesk;
    }

    public void setTransferDesk(String transferDesk) {
        this.transferDesk = transferDesk;
    }

    /** No-show is offered once the shop's recalls have been made. */
    public boolean isNoShowAllowed() {
        TicketView current = getCurrent();
        return current != null && "CALLED".equals(current.status()) && current.recalls() >= state.recallsBeforeNoShow();
    }

    public TicketView getCurrent() {
        return state == null ? null : state.current();
    }

    public List<AgencyRequestView> getRequests() {
        return requests;
    }

    public CitizenCardReason[] getReasons() {
        return CitizenCardReason.values();
    }

    public String getCivilIdNumber() {
        return civilIdNumber;
    }

    public void setCivilIdNumber(String civilIdNumber) {
        this.civilIdNumber = civilIdNumber;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public void setDocumentNumber(String documentNumber) {
        this.documentNumber = documentNumber;
    }

    public CitizenCardReason getReason() {
        return reason;
    }

    public void setReason(CitizenCardReason reason) {
        this.reason = reason;
    }
}
