package org.citizenshop.application;

import java.io.Serializable;
import org.citizenshop.domain.model.LocalizedText;

/** A service a shop offers, with the queue it feeds there, how many wait in it now and for how long. */
public record ServiceOption(
        String code,
        LocalizedText name,
        String agency,
        LocalizedText agencyName,
        String queue,
        LocalizedText queueName,
        long waiting,
        long estimatedWaitMinutes)
        implements Serializable {}
