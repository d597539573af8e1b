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
        boolean paused,
        String clerk,
        TicketJson current,
        long waiting,
        int recallsBeforeNoShow,
        List<String> services) {

    static DeskJson of(DeskState desk, Locale locale) {
        return new DeskJson(
                desk.desk(),
                desk.number(),
                desk.shop(),
                desk.kind(),
                desk.open(),
                desk.paused(),
                desk.clerk(),
                desk.current() == null ? null : TicketJson.of(desk.current(), locale),
                desk.waiting(),
                desk.recallsBeforeNoShow(),
                desk.services());
    }
}
