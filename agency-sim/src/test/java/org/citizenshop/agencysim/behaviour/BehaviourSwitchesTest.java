package org.citizenshop.agencysim.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Set;
import org.junit.jupiter.api.Test;

class BehaviourSwitchesTest {

    private final BehaviourSwitches switches = new BehaviourSwitches(Set.of("irn"));

    @Test
    void untouchedAgency_behavesNormally() {
        assertThat(switches.of("irn")).isEqualTo(Behaviour.NORMAL);
    }

    @Test
    void reset_restoresNormalBehaviour() {
        switches.set("irn", new Behaviour(0, 0.0, true));

        switches.reset();

        assertThat(switches.of("irn")).isEqualTo(Behaviour.NORMAL);
    }

    @Test
    void unknownAgency_cannotBeSwitched() {
        assertThat(switches.knows("xyz")).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> switches.set("xyz", Behaviour.NORMAL));
    }
}
