package org.citizenshop.web.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.citizenshop.application.BoardCall;
import org.citizenshop.application.BoardQueries;
import org.citizenshop.application.ShopDirectory;
import org.citizenshop.application.ShopSummary;
import org.citizenshop.domain.model.DomainException;
import org.citizenshop.web.i18n.Texts;

/** A shop's display board: the latest call in large type, the previous ones below; refreshed by push. */
@Named
@ViewScoped
public class BoardView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 8;

    @Inject
    BoardQueries board;

    @Inject
    ShopDirectory directory;

    @Inject
    Feedback feedback;

    private String shop = "LX-LARANJEIRAS";
    private ShopSummary summary;
    private List<BoardCall> calls = List.of();

    public void load() {
        try {
            summary = directory.shop(shop);
            refresh();
        } catch (DomainException unknown) {
            summary = null;
            feedback.refused(unknown);
        }
    }

    /** Reloads the calls; the page's push listener invokes it when a desk calls a ticket. */
    public void refresh() {
        if (summary != null) {
            calls = board.recentCalls(shop, SHOWN);
        }
    }

    /** What the board says aloud for a call, in the shop's language (not the viewer's). */
    public String announcement(BoardCall call) {
        return Texts.text(
                java.util.Locale.forLanguageTag(summary.language()),
                "board.announce",
                call.number(),
                call.deskNumber());
    }

    public String getSpeechLanguage() {
        return summary == null ? "pt-PT" : "en".equals(summary.language()) ? "en-GB" : "pt-PT";
    }

    public BoardCall getLatest() {
        return calls.isEmpty() ? null : calls.get(0);
    }

    public List<BoardCall> getPrevious() {
        return calls.size() <= 1 ? List.of() : calls.subList(1, calls.size());
    }

    public String getShop() {
        return shop;
    }

    public void setShop(String shop) {
        if (shop != null && !shop.isBlank()) {
            this.shop = shop;
        }
    }

    public ShopSummary getSummary() {
        return summary;
    }
}
