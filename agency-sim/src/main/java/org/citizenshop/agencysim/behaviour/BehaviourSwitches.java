package org.citizenshop.agencysim.behaviour;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The current behaviour of each known agency; an agency nobody touched behaves normally. */
public final class BehaviourSwitches {

    private final Set<String> agencies;
    private final Map<String, Behaviour> behaviours = new ConcurrentHashMap<>();

    public BehaviourSwitches(Set<String> agencies) {
        this.agencies = Set.copyOf(agencies);
    }

    public boolean knows(String agency) {
        return agencies.contains(agency);
    }

    public Behaviour of(String agency) {
        requireKnown(agency);
        return behaviours.getOrDefault(agency, Behaviour.NORMAL);
    }

    public void set(String agency, Behaviour behaviour) {
        requireKnown(agency);
        behaviours.put(agency, behaviour);
    }

    public void reset() {
        behaviours.clear();
    }

    private void requireKnown(String agency) {
        if (!knows(agency)) {
            throw new IllegalArgumentException("Unknown agency " + agency);
        }
    }
}
