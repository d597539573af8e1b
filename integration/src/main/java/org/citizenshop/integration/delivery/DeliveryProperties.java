package org.citizenshop.integration.delivery;

/** Exchange properties the agency routes share; properties, unlike headers, never leave the JVM. */
public final class DeliveryProperties {

    /** The idempotency key of the agency request in the exchange. */
    public static final String REQUEST_KEY = "CitizenShopRequestKey";

    /** The idempotency key of the case task in the exchange. */
    public static final String TASK_KEY = "CitizenShopTaskKey";

    /** The case task itself, kept while its request is sent again after a transient failure. */
    public static final String TASK = "CitizenShopTask";

    /**
     * Where a case task's route reports what came of it ({@code List<TaskReport>}): recorded with the
     * rest of its batch once the batch is delivered. Absent, the route reports to the application at once.
     */
    public static final String TASK_REPORTS = "CitizenShopTaskReports";

    /** The id of the citizen alert a notification exchange fulfils. */
    public static final String ALERT = "CitizenShopAlert";

    /** The key of a notice that fulfils no alert (a proposed case told to a parent): only logged. */
    public static final String NOTICE = "CitizenShopNotice";

    private DeliveryProperties() {}
}
