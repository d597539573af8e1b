package org.citizenshop.integration.testing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.citizenshop.application.TaskDispatch;

/** Case tasks and route settings for route tests, so that each test says only what matters to it. */
public final class Tasks {

    public static final String KEY = "3c9a1f7e-52b4-4d0e-9a61-0b7f2d8e4c15";

    private Tasks() {}

    /** A task of the service, for the applicant 12345678, with fields given as key, value, key, value… */
    public static TaskDispatch task(String connector, String service, String... fields) {
        return taskOf(KEY, connector, service, "12345678", fields);
    }

    public static TaskDispatch taskOf(
            String key, String connector, String service, String applicantCivilId, String... fields) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < fields.length; i += 2) {
            values.put(fields[i], fields[i + 1]);
        }
        return new TaskDispatch(
                key,
                "CS-2026-000001",
                service.substring(0, service.indexOf('-')),
                service,
                connector,
                "LX-LARANJEIRAS",
                applicantCivilId,
                values);
    }

    /** Fast retries and short timeouts, as every agency route test wants them. */
    public static Properties retrying(int maximumRedeliveries) {
        Properties properties = new Properties();
        properties.setProperty("agency.retry.maximum-redeliveries", String.valueOf(maximumRedeliveries));
        properties.setProperty("agency.retry.initial-delay-ms", "5");
        properties.setProperty("agency.retry.backoff-multiplier", "2");
        properties.setProperty("agency.http.connect-timeout-ms", "1000");
        properties.setProperty("agency.http.response-timeout-ms", "2000");
        return properties;
    }
}
