package org.citizenshop.agencysim.common;

/** One simulated back office; the app wires each of them the same way so that adding an agency touches no shared code. */
public interface SimulatedAgency {

    /** Lower-case code used in the admin paths, e.g. {@code irn}. */
    String code();

    void addRoutes(AgencyRoutes routes);

    EffectLog effects();

    void reset();
}
