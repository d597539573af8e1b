package org.citizenshop.application;

import java.io.Serializable;
import java.time.Instant;

/** One line of the display board: a ticket number and the desk it is called (or recalled) to. */
public record BoardCall(String number, int deskNumber, String desk, Instant calledAt, boolean recall)
        implements Serializable {}
