package org.citizenshop.application.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.citizenshop.domain.model.InvalidFormException;
import org.citizenshop.domain.model.cases.CaseData;
import org.citizenshop.domain.model.catalogue.PublicService;
import org.citizenshop.domain.model.catalogue.ServiceField;

/**
 * "Editable only where the service allows": a value a registry prefilled into a field the service locks is submitted
 * as it came. A wrong one is corrected at that registry, not in the shop's form.
 */
final class LockedFields {

    private LockedFields() {}

    /**
     * Refuses the submission when a locked field that the consent's prefill filled holds another value, each such
     * field with its own message naming the registry.
     *
     * @throws InvalidFormException naming every such field
     */
    static void requireAsPrefilled(CaseData prefilled, List<PublicService> steps, Map<String, String> submitted) {
        List<InvalidFormException.Refusal> refusals = new ArrayList<>();
        Set<String> checked = new LinkedHashSet<>();
        for (PublicService step : steps) {
            for (ServiceField field : step.fields()) {
                if (!field.prefillLocked() || field.prefillFrom().isEmpty() || !checked.add(field.key())) {
                    continue;
                }
                String registryValue = prefilled.get(field.key());
                if (registryValue == null) {
                    continue;
                }
                String typed = submitted == null ? null : submitted.get(field.key());
                if (typed == null || !registryValue.equals(typed.strip())) {
                    refusals.add(new InvalidFormException.Refusal(
                            field.key(),
                            "prefill.locked",
                            List.of(field.prefillFrom().get())));
                }
            }
        }
        if (!refusals.isEmpty()) {
            throw new InvalidFormException(refusals);
        }
    }
}
