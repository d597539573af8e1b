package org.citizenshop.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.citizenshop.application.ShopDirectory;
import org.citizenshop.application.ShopSummary;

/** The start page: the shops of the network and the screens of each. */
@Named
@RequestScoped
public class ShopDirectoryView {

    @Inject
    ShopDirectory directory;

    private List<ShopSummary> shops;

    public List<ShopSummary> getShops() {
        if (shops == null) {
            shops = directory.shops();
        }
        return shops;
    }
}
