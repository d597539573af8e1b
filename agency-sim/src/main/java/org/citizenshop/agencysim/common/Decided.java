package org.citizenshop.agencysim.common;

/** A stored answer to one request key, which knows the effect it applied. */
public interface Decided {

    AppliedEffect effect();
}
