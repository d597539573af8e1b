package org.citizenshop.application;

import java.io.Serializable;
import java.util.List;

/**
 * A desk as its clerk sees it: who is signed in (null when closed), whether on a break, the ticket
 * at the desk (null between visits), how many wait for it, and the recalls the shop asks for before
 * a no-show.
 */
public record DeskState(
        String desk,
        int number,
        String shop,
        String kind,
        boolean open,
        boolean paused,
        String clerk,
        TicketView current,
        long waiting,
        int recallsBeforeNoShow,
        List<String> services)
        implements Serializable {}
