package org.citizenshop.application;

import java.util.List;
import java.util.Optional;

/** A desk as its clerk sees it: who is signed in, whom they are serving, how many wait for it. */
public record DeskState(
        String desk,
        int number,
        String shop,
        String kind,
        boolean open,
        Optional<String> clerk,
        Optional<CalledTicket> current,
        long waiting,
        List<String> services) {}
