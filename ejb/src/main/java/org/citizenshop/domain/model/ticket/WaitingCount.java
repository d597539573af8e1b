package org.citizenshop.domain.model.ticket;

import java.util.ArrayList;
import java.util.List;

/**
 * A queue's waiting tickets of the day up to some ticket in the desks' order (issue time, then
 * identifier), counted once: how many, how many of them go ahead of any priority ticket (checked-in
 * appointments and priority tickets), and how many were issued at the same instant as that last one.
 *
 * <p>Gives the people ahead of tickets just issued together at one instant (the last of them being the
 * last counted) as {@link TicketRepository#waitingAhead} would count them one by one: every ticket
 * that waited before them was issued earlier, so it is ahead of a new walk-in ticket, and ahead of a
 * new priority ticket when it is an appointment or a priority ticket itself; among the new ones, a
 * priority ticket is ahead of every walk-in ticket, and otherwise the earlier one is ahead. That holds
 * while all of the new tickets still wait ({@link #includesAll}): the count may be read after their
 * commit, when a desk may already have called one.
 */
public record WaitingCount(long waiting, long appointmentsAndPriority, long issuedWithLast) {

    public WaitingCount {
        if (waiting < 0
                || appointmentsAndPriority < 0
                || appointmentsAndPriority > waiting
                || issuedWithLast < 0
                || issuedWithLast > waiting) {
            throw new IllegalArgumentException("Not a count of waiting tickets: " + waiting + " waiting, "
                    + appointmentsAndPriority + " first, " + issuedWithLast + " issued with the last");
        }
    }

    /**
     * This count of the tickets up to some ticket, completed by the count of those after it up to a
     * later one: the count up to that later one.
     */
    public WaitingCount plus(WaitingCount after) {
        return new WaitingCount(
                waiting + after.waiting, appointmentsAndPriority + after.appointmentsAndPriority, after.issuedWithLast);
    }

    /**
     * Whether the count holds exactly these tickets issued together, all still waiting, and none other
     * issued at their instant: then {@link #aheadOfNew} is their place.
     */
    public boolean includesAll(int newTickets) {
        return issuedWithLast == newTickets;
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
