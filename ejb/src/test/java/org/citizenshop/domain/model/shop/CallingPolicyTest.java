package org.citizenshop.domain.model.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

class CallingPolicyTest {

    /**
     * Plays the policy against two waiting lines the way a desk calls from them (the database's
     * order does the same with the desk's streak), and returns the order of calls.
     */
    private static List<String> calls(CallingPolicy policy, int priority, int normal) {
        Deque<String> priorityLine = new ArrayDeque<>();
        Deque<String> normalLine = new ArrayDeque<>();
        for (int i = 1; i <= priority; i++) {
            priorityLine.add("P" + i);
        }
        for (int i = 1; i <= normal; i++) {
            normalLine.add("A" + i);
        }
        List<String> order = new ArrayList<>();
        int streak = 0;
        while (!priorityLine.isEmpty() || !normalLine.isEmpty()) {
            boolean takePriority = !priorityLine.isEmpty() && (normalLine.isEmpty() || policy.priorityFirst(streak));
            order.add(takePriority ? priorityLine.poll() : normalLine.poll());
            streak = takePriority ? streak + 1 : 0;
        }
        return order;
    }

    @Test
    void priorityGoesFirst_butAtMostTheBurstInARowWhileOthersWait() {
        assertThat(calls(new CallingPolicy(2, 1), 5, 3))
                .containsExactly("P1", "P2", "A1", "P3", "P4", "A2", "P5", "A3");
    }

    @Test
    void withNobodyElseWaiting_priorityTicketsAreCalledOneAfterAnother() {
        assertThat(calls(new CallingPolicy(1, 1), 3, 0)).containsExactly("P1", "P2", "P3");
    }

    @Test
    void aStreamOfPriorityTickets_cannotStarveTheNormalQueue() {
        List<String> order = calls(new CallingPolicy(3, 1), 100, 10);

        assertThat(order.indexOf("A10")).isLessThan(4 * 10);
    }

    @Test
    void aPolicyPutsPriorityFirstAtLeastOnce() {
        assertThatThrownBy(() -> new CallingPolicy(0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CallingPolicy(1, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
