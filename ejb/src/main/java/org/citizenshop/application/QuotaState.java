package org.citizenshop.application;

import java.io.Serializable;
import org.citizenshop.domain.model.LocalizedText;

/** A daily quota of a shop and the places left today in each share. */
public record QuotaState(
        String scope,
        LocalizedText name,
        int walkIn,
        int appointments,
        int priority,
        long walkInLeft,
        long appointmentsLeft,
        long priorityLeft)
        implements Serializable {}
