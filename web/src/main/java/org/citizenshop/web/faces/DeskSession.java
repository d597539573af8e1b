package org.citizenshop.web.faces;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;

/** Which desk and shop the clerk is working at, so a page reload or a new tab keeps it. */
@SessionScoped
public class DeskSession implements Serializable {

    private static final long serialVersionUID = 1L;

    private String shop = "LX-LARANJEIRAS";
    private String desk;

    public String shop() {
        return shop;
    }

    public void shop(String shop) {
        this.shop = shop;
    }

    public String desk() {
        return desk;
    }

    public void desk(String desk) {
        this.desk = desk;
    }
}
