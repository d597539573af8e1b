package org.citizenshop.application;

import java.io.Serializable;
import org.citizenshop.domain.model.LocalizedText;

/**
 * A queue of a shop right now: who waits (and how many by priority), how long a new ticket would
 * wait, how long the first in line has waited, and how many desks serve it.
 */
public record QueueState(
        String code,
        LocalizedText name,
        String letter,
        long waiting,
        long priorityWaiting,
        long estimatedWaitMinutes,
        long longestWaitMinutes,
        long openDesks)
        implements Serializable {}
