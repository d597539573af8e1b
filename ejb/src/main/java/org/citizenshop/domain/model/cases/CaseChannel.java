package org.citizenshop.domain.model.cases;

/** Where the case was submitted: at a desk by a clerk, at a kiosk by the citizen, or on the web. */
public enum CaseChannel {
    DESK,
    KIOSK,
    WEB
}
