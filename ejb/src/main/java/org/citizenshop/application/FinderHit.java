package org.citizenshop.application;

import java.io.Serializable;
import java.util.List;
import org.citizenshop.domain.model.LocalizedText;

/**
 * One answer of the service finder: a service or a life event, with what to bring, the fee, where
 * it can be done, and (when a shop was named) whether that shop can do it.
 */
public record FinderHit(
        String kind,
        String code,
        LocalizedText name,
        LocalizedText summary,
        String agency,
        String channels,
        int feeCents,
        List<LocalizedText> whatToBring,
        List<LocalizedText> steps,
        Boolean availableHere)
        implements Serializable {

    public static final String SERVICE = "SERVICE";
    public static final String LIFE_EVENT = "LIFE_EVENT";
}
