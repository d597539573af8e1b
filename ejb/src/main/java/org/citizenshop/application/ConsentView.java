package org.citizenshop.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.citizenshop.domain.model.LocalizedText;

/**
 * A consent as the citizen, the clerk and the receipt show it: what was asked (each line: a lookup
 * at or a sharing with an agency, the purpose, the data), the answer and when, the channel, and the
 * proxy's basis when someone acted for another person. {@code prefilled} holds the values the
 * registries filled in under it.
 */
public record ConsentView(
        String id,
        String civilId,
        String lifeEvent,
        LocalizedText lifeEventName,
        String status,
        String channel,
        String desk,
        String requestedBy,
        Instant requestedAt,
        Instant answeredAt,
        Instant withdrawnAt,
        String legalBasis,
        String onBehalfOf,
        String basisDocument,
        List<Item> items,
        Map<String, String> prefilled)
        implements Serializable {

    /** A line; a sharing line names its step's service and whether it goes only if chosen. */
    public record Item(
            String kind,
            String agency,
            LocalizedText agencyName,
            LocalizedText purpose,
            List<LocalizedText> data,
            String service,
            boolean optional)
            implements Serializable {}

    /** The same consent with only the lines of these steps (and the lookups): what a case used. */
    public ConsentView forSteps(java.util.Collection<String> services) {
        return new ConsentView(
                id,
                civilId,
                lifeEvent,
                lifeEventName,
                status,
                channel,
                desk,
                requestedBy,
                requestedAt,
                answeredAt,
                withdrawnAt,
                legalBasis,
                onBehalfOf,
                basisDocument,
                items.stream()
                        .filter(item -> item.service() == null || services.contains(item.service()))
                        .toList(),
                prefilled);
    }

    public boolean given() {
        return "GIVEN".equals(status);
    }

    /** For the public board and the receipt: what was agreed, when and how, without who. */
    public ConsentView withoutPersonalData() {
        return new ConsentView(
                null,
                null,
                lifeEvent,
                lifeEventName,
                status,
                channel,
                desk,
                null,
                requestedAt,
                answeredAt,
                withdrawnAt,
                legalBasis,
                null,
                null,
                items,
                Map.of());
    }
}
