package org.citizenshop.domain.model.ticket;

import java.util.ArrayList;
import java.util.List;

/**
 * A queue's waiting tickets of the day, counted once, and of them those that go ahead of any
 * priority ticket: checked-in appointments and priority tickets.
 *
 * <p>Gives the people ahead of tickets just issued together at one instant (and included in the
 * count) as {@link TicketRepository#waitingAhead} would count them one by one: every ticket that
 * waited before them was issued earlier, so it is ahead of a new walk-in ticket, and ahead of a new
 * priority ticket when it is an appointment or a priority ticket itself; among the new ones, a
 * priority ticket is ahead of every walk-in ticket, and otherwise the earlier one is ahead.
 */
public record WaitingCount(long waiting, long appointmentsAndPriority) {

    public WaitingCount {
        if (waiting < 0 || appointmentsAndPriority < 0 || appointmentsAndPriority > waiting) {
            throw new IllegalArgumentException(
                    "Not a count of waiting tickets: " + waiting + " waiting, " + appointmentsAndPriority + " first");
        }
    }

    /**
     * The people ahead of each new ticket of the queue, given in the order they were issued: {@code true}
     * for a priority ticket.
     */
    public List<Long> aheadOfNew(List<Boolean> priority) {
        long newPriority = priority.stream().filter(Boolean::booleanValue).count();
        long before = waiting - priority.size();
        long firstBefore = appointmentsAndPriority - newPriority;
        if (before < 0 || firstBefore < 0) {
            throw new IllegalArgumentException("The count does not include the " + priority.size() + " new tickets");
        }
        List<Long> ahead = new ArrayList<>(priority.size());
        long priorityIssued = 0;
        long walkInsIssued = 0;
        for (boolean isPriority : priority) {
            if (isPriority) {
                ahead.add(firstBefore + priorityIssued++);
            } else {
                ahead.add(before + newPriority + walkInsIssued++);
            }
        }
        return ahead;
    }
}
