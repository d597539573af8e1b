package org.citizenshop.application;

import java.io.Serializable;

/** A desk in a shop's list. */
public record DeskSummary(String code, int number, String kind, boolean open, String clerk) implements Serializable {}
