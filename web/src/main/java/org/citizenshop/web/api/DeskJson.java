package org.citizenshop.web.api;

import java.util.List;
import java.util.Locale;
import org.citizenshop.application.DeskState;

/** A desk's state for its clerk. */
public record DeskJson(
        String desk,
        int number,
        String shop,
        String kind,
        boolean open,
        String clerk,
        CalledTicketJson current,
        long waiting,
        List<String> services) {

    static DeskJson of(DeskState desk, Locale locale) {
        return new DeskJson(
                desk.desk(),
                desk.number(),
                desk.shop(),
                desk.kind(),
                desk.open(),
                desk.clerk(),
                desk.current() == null ? null : CalledTicketJson.of(desk.current(), locale),
                desk.waiting(),
                desk.services());
    }
}
