package org.citizenshop.web.push;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import java.util.Map;

/** Sends a call to every board open on this node; each board keeps only its own shop's calls. */
@ApplicationScoped
public class BoardPush {

    public static final String CHANNEL = "board";

    @Inject
    @Push(channel = CHANNEL)
    PushContext boards;

    public void announce(String shop, String number, int deskNumber) {
        boards.send(Map.of("shop", shop, "number", number, "desk", deskNumber));
    }
}
