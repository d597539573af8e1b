package org.citizenshop.application;

import java.io.Serializable;

/** What closing the day did with the tickets still unserved and the appointments nobody came to. */
public record DayClosing(int closed, int carriedOver, int missedAppointments) implements Serializable {}
