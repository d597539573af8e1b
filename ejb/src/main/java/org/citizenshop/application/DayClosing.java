package org.citizenshop.application;

import java.io.Serializable;

/** What closing the day did with the tickets still unserved. */
public record DayClosing(int closed, int carriedOver) implements Serializable {}
