package org.citizenshop.agencysim.common;

/** One simulated back office; the app wires each of them the same way so that adding an agency touches no shared code. */
public interface SimulatedAgency {

    /** Lower-case code used in the admin paths, e.g. {@code irn}. */
    String code();

    /** The agency's own API; every endpoint declared here sits behind the agency's behaviour switches. */
    void addRoutes(AgencyRoutes routes);

    /**
     * Endpoints that let tests and demos inspect the agency, e.g. what it sent; never behind the switches, so they
     * answer even while the agency is down. Most agencies have none.
     */
    default void addAdminRoutes(AgencyRoutes routes) {}

    /** How the switches answer for this agency when down or failing; problem JSON unless the agency speaks otherwise. */
    default GateAnswers gateAnswers() {
        return GateAnswers.PROBLEMS;
    }

    /** Starts what the agency runs besides its endpoints (a batch run, callbacks, a broker), once the server is up. */
    default void start() {}

    /** Stops what {@link #start} started; called when the app stops. */
    default void stop() {}

    EffectLog effects();

    void reset();
}
