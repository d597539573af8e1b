package org.citizenshop.agencysim.common;

import java.util.Map;

/**
 * One service of an agency: checks a request and, once it passes, tells how to complete it. Numbers are only issued in
 * {@link Completion#outputs}, so that a refused request uses none.
 */
@FunctionalInterface
public interface ServiceRule {

    Completion check(ServiceRequest request) throws Rejected;

    @FunctionalInterface
    interface Completion {

        /** The outputs under their output keys, in the order the service names them. */
        Map<String, String> outputs(String agencyReference);
    }
}
