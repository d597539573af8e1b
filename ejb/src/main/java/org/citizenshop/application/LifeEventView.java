package org.citizenshop.application;

import java.io.Serializable;
import java.util.List;
import org.citizenshop.domain.model.LocalizedText;

/**
 * A life event with its steps. The fee is that of the steps every citizen goes through (optional
 * ones add theirs); it can be done at a kiosk when every such step can; what to bring gathers the
 * steps' lists without repeats. When every step is the citizen's choice (the lost wallet), fee,
 * channels and what to bring are those of all the steps. The form is the one a citizen fills for
 * every step (optional ones included; each field says which steps ask for it). A citizen chooses at
 * least {@code minimumOptional} of the optional steps.
 */
public record LifeEventView(
        String code,
        LocalizedText name,
        LocalizedText summary,
        List<Step> steps,
        String channels,
        int feeCents,
        List<LocalizedText> whatToBring,
        List<FormGroupView> form,
        int minimumOptional)
        implements Serializable {

    /** A step, with the services of the steps it waits for. */
    public record Step(
            String service,
            LocalizedText name,
            String agency,
            boolean optional,
            List<String> dependsOn,
            String condition)
            implements Serializable {}
}
