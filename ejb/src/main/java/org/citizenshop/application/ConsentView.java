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

    public record Item(
            String kind, String agency, LocalizedText agencyName, LocalizedText purpose, List<LocalizedText> data)
            implements Serializable {}

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
