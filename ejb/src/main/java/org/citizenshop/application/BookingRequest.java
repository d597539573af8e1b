package org.citizenshop.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Set;
import org.citizenshop.domain.model.ticket.Channel;

/**
 * A slot to book: the service, the slot's start, the assistance needed (names of
 * {@code AssistanceNeed}) and, with a language interpreter, the language.
 */
public record BookingRequest(
        @NotBlank @Size(max = 30) String shop,
        @NotBlank @Size(max = 30) String service,
        @NotNull Instant start,
        @NotNull @Size(max = 3) Set<@NotBlank @Size(max = 40) String> needs,
        @Size(max = 20) String interpreterLanguage,
        @NotNull Channel channel) {}
