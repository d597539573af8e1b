package org.citizenshop.domain.model.cases;

/**
 * Where the case was submitted: at a desk by a clerk, at a kiosk by the citizen, on the web, or
 * proposed by the shop itself after an agency's event (a birth registered at a maternity).
 */
public enum CaseChannel {
    DESK,
    KIOSK,
    WEB,
    PROACTIVE
}
