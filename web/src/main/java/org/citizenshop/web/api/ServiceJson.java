package org.citizenshop.web.api;

import java.util.Locale;
import org.citizenshop.application.ServiceOption;

/** A service a shop offers, with its queue and how many wait in it. */
public record ServiceJson(
        String code,
        String name,
        String agency,
        String agencyName,
        String queue,
        String queueName,
        long waiting,
        long estimatedWaitMinutes) {

    static ServiceJson of(ServiceOption option, Locale locale) {
        return new ServiceJson(
                option.code(),
                option.name().in(locale),
                option.agency(),
                option.agencyName().in(locale),
                option.queue(),
                option.queueName().in(locale),
                option.waiting(),
                option.estimatedWaitMinutes());
    }
}
