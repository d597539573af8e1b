package org.citizenshop.domain.model;

import java.util.List;

/** A form refused with every problem it has at once, each on its field, so the user fixes them in one go. */
public class InvalidFormException extends InvalidInputException {

    /** One field's problem: the message key and arguments to translate. */
    public record Refusal(String field, String messageKey, List<Object> arguments) {}

    private final transient List<Refusal> refusals;

    public InvalidFormException(List<Refusal> refusals) {
        super(
                refusals.isEmpty() ? "form" : refusals.get(0).field(),
                "validation.formHasProblems",
                "The form has " + refusals.size() + " problem(s)",
                refusals.size());
        this.refusals = List.copyOf(refusals);
    }

    public List<Refusal> refusals() {
        return refusals;
    }
}
