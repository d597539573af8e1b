package org.citizenshop.domain.model.appointment;

/** What a citizen asks the shop to have ready, recorded with the booking and shown to the clerk. */
public enum AssistanceNeed {
    SIGN_LANGUAGE_INTERPRETER,
    WHEELCHAIR_ACCESS,
    /** An interpreter for a language other than Portuguese; the language is recorded with it. */
    LANGUAGE_INTERPRETER
}
