package org.citizenshop.domain.model.privacy;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.citizenshop.domain.model.LocalizedText;

/**
 * One line of what a citizen agrees to, as he saw it: which agency receives (or, for a lookup,
 * gives) which data, for which purpose. Kept in both languages, as shown.
 */
public record ConsentItem(
        Kind kind, String agency, LocalizedText agencyName, LocalizedText purpose, List<LocalizedText> data)
        implements Serializable {

    /** A registry read to prefill the form, or the form's data sent to an agency for a step. */
    public enum Kind {
        LOOKUP,
        SHARE
    }

    public ConsentItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(agencyName, "agencyName");
        Objects.requireNonNull(purpose, "purpose");
        data = data == null ? List.of() : List.copyOf(data);
    }
}
