package org.citizenshop.domain.model.privacy;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.citizenshop.domain.model.LocalizedText;

/**
 * One line of what a citizen agrees to, as he saw it: which agency receives (or, for a lookup,
 * gives) which data, for which purpose. Kept in both languages, as shown. A sharing line names the
 * step's service, and whether the step is the citizen's choice (it goes only if chosen).
 */
public record ConsentItem(
        Kind kind,
        String agency,
        LocalizedText agencyName,
        LocalizedText purpose,
        List<LocalizedText> data,
        String service,
        boolean optional)
        implements Serializable {

    /** A registry lookup (no step of its own). */
    public ConsentItem(
            Kind kind, String agency, LocalizedText agencyName, LocalizedText purpose, List<LocalizedText> data) {
        this(kind, agency, agencyName, purpose, data, null, false);
    }

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
