package org.citizenshop.application;

import java.io.Serializable;
import java.util.List;
import org.citizenshop.domain.model.LocalizedText;

/**
 * A life event with its steps. The fee is that of the steps every citizen goes through (optional
 * ones add theirs); it can be done at a kiosk when every such step can; what to bring gathers the
 * steps' lists without repeats. When every step is the citizen's choice (the lost wallet), fee,
 * channels and what to bring are those of all the steps.
 */
public record LifeEventView(
        String code,
        LocalizedText name,
        LocalizedText summary,
        List<Step> steps,
        String channels,
        int feeCents,
        List<LocalizedText> whatToBring)
        implements Serializable {

    public record Step(String service, LocalizedText name, String agency, boolean optional) implements Serializable {}
}
