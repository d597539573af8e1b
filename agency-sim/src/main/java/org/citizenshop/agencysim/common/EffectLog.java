package org.citizenshop.agencysim.common;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Every effect an agency applied, so that tests can prove that nothing was applied twice. */
public final class EffectLog {

    private final Queue<AppliedEffect> effects = new ConcurrentLinkedQueue<>();

    public void record(AppliedEffect effect) {
        effects.add(effect);
    }

    public List<AppliedEffect> all() {
        return List.copyOf(effects);
    }

    public void clear() {
        effects.clear();
    }
}
