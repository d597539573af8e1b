package org.citizenshop.application;

import java.io.Serializable;

/** A desk as the supervisor sees it: open, on a break or closed, who is at it, which ticket. */
public record DeskOnFloor(
        String code, int number, String kind, String status, String clerk, String ticket, String ticketStatus)
        implements Serializable {}
