package org.citizenshop.web.faces;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.citizenshop.application.DeskOperations;
import org.citizenshop.application.ShopSummary;

/**
 * Which desk and shop the clerk is working at, so a page reload or a new tab keeps it. The shop is
 * the one whose roster lists the clerk; staff work nowhere else (docs/access-matrix.md).
 */
@SessionScoped
public class DeskSession implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Shown to someone no roster lists: every action there says why he cannot work. */
    private static final String NO_ROSTER_SHOP = "LX-LARANJEIRAS";

    @Inject
    DeskOperations operations;

    private String shop;
    private boolean onRoster;
    private String desk;

    public String shop() {
        if (shop == null) {
            Optional<String> own = operations.ownShop();
            onRoster = own.isPresent();
            shop = own.orElse(NO_ROSTER_SHOP);
        }
        return shop;
    }

    public void shop(String shop) {
        this.shop = shop;
    }

    /** The shops the clerk may choose from: his own only, once a roster lists him. */
    public List<ShopSummary> workable(List<ShopSummary> shops) {
        String own = shop();
        return onRoster ? shops.stream().filter(each -> each.code().equals(own)).toList() : shops;
    }

    public String desk() {
        return desk;
    }

    public void desk(String desk) {
        this.desk = desk;
    }
}
