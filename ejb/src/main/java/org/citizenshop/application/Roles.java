package org.citizenshop.application;

/** The realm roles of the citizen-shop identity realm, as used in {@code @RolesAllowed}. */
public final class Roles {

    public static final String CLERK = "clerk";
    public static final String SUPERVISOR = "supervisor";
    public static final String AGENCY_ADMIN = "agency-admin";
    public static final String KIOSK = "kiosk";
    public static final String CITIZEN = "citizen";
    public static final String INTEGRATION = "integration";

    private Roles() {}
}
