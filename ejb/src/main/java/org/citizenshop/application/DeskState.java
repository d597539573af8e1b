package org.citizenshop.application;

import java.io.Serializable;
import java.util.List;

/**
 * A desk as its clerk sees it: who is signed in (null when closed), the ticket being served (null
 * between visits), how many wait for it.
 */
public record DeskState(
        String desk,
        int number,
        String shop,
        String kind,
        boolean open,
        String clerk,
        CalledTicket current,
        long waiting,
        List<String> services)
        implements Serializable {}
