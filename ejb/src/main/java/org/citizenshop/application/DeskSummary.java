package org.citizenshop.application;

import java.io.Serializable;

/** A desk in a shop's list: who is at it, and whether on a break. */
public record DeskSummary(String code, int number, String kind, boolean open, boolean paused, String clerk)
        implements Serializable {}
