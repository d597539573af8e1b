package org.citizenshop.domain.model.privacy;

import java.io.Serializable;
import java.util.List;

/** The lines of a consent, in the order shown. */
public record ConsentItems(List<ConsentItem> items) implements Serializable {

    public ConsentItems {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** Whether the citizen agreed to a registry lookup at this agency. */
    public boolean allowLookupAt(String agency) {
        return items.stream()
                .anyMatch(item ->
                        item.kind() == ConsentItem.Kind.LOOKUP && item.agency().equals(agency));
    }
}
