package org.citizenshop.application.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.citizenshop.application.TicketRequest;
import org.citizenshop.domain.model.DomainException;

/**
 * The requests for tickets of one shop, numbered together when they arrive together. A ticket is
 * numbered under the shop's lock and stored before its holder is told its number, so the tickets
 * of one shop are issued one transaction at a time; the requests that arrive while a transaction
 * runs wait for the next, and go in it together. No thread of its own: the thread of the first
 * waiting request runs the next transaction for all of them, and when it is done hands the turn to
 * the oldest request still waiting (flat combining). A request that comes alone is numbered at
 * once, alone.
 */
final class TicketLane<T> {

    private static final Logger LOG = Logger.getLogger(TicketLane.class.getName());

    /** How tickets are numbered: several requests in one transaction, or one request alone. */
    interface Numbering<T> {

        /** One outcome per request, in order; throws when the transaction failed as a whole. */
        List<IssueOutcome<T>> together(List<TicketRequest> requests);

        /** The new ticket; throws the refusal of the request, or what failed its transaction. */
        T alone(TicketRequest request);
    }

    private final int mostTogether;
    private final Numbering<T> numbering;
    private final Deque<Waiter<T>> waiting = new ArrayDeque<>();
    private boolean numberingNow;

    TicketLane(int mostTogether, Numbering<T> numbering) {
        if (mostTogether < 1) {
            throw new IllegalArgumentException("At least one ticket per transaction, not " + mostTogether);
        }
        this.mostTogether = mostTogether;
        this.numbering = numbering;
    }

    /** Numbers and stores the request's ticket, with those of the requests that wait with it. */
    T issue(TicketRequest request) {
        Waiter<T> self = new Waiter<>(request);
        boolean first;
        synchronized (this) {
            waiting.add(self);
            first = !numberingNow;
            numberingNow = true;
        }
        if (first || self.awaitTurn()) {
            numberNext();
        }
        return self.ticket();
    }

    /** How many requests wait for their turn or their outcome (not counting those being numbered). */
    synchronized int waiting() {
        return waiting.size();
    }

    /** Numbers the oldest waiting requests (the caller's among them), then hands the turn on. */
    private void numberNext() {
        List<Waiter<T>> together = new ArrayList<>();
        synchronized (this) {
            while (together.size() < mostTogether && !waiting.isEmpty()) {
                together.add(waiting.poll());
            }
        }
        try {
            number(together);
        } finally {
            together.forEach(Waiter::failIfUnanswered);
            Waiter<T> next;
            synchronized (this) {
                next = waiting.peek();
                numberingNow = next != null;
            }
            if (next != null) {
                next.takeTurn();
            }
        }
    }

    private void number(List<Waiter<T>> together) {
        List<IssueOutcome<T>> outcomes;
        try {
            outcomes = numbering.together(together.stream().map(Waiter::request).toList());
        } catch (RuntimeException failed) {
            if (together.size() == 1) {
                together.get(0).fail(failed);
                return;
            }
            // Nothing of the transaction was stored: each request is numbered again on its own, as if
            // it had come alone, and meets its own outcome.
            LOG.log(Level.INFO, "Numbering {0} tickets together failed ({1}); numbering each on its own", new Object[] {
                together.size(), failed.toString()
            });
            together.forEach(this::numberAlone);
            return;
        }
        if (outcomes.size() != together.size()) {
            throw new IllegalStateException(outcomes.size() + " outcomes for " + together.size() + " requests");
        }
        for (int i = 0; i < together.size(); i++) {
            together.get(i).answer(outcomes.get(i));
        }
    }

    private void numberAlone(Waiter<T> waiter) {
        try {
            waiter.answer(IssueOutcome.issued(numbering.alone(waiter.request())));
        } catch (DomainException refused) {
            waiter.answer(IssueOutcome.refused(refused));
        } catch (RuntimeException failed) {
            waiter.fail(failed);
        }
    }

    /** One request and, once known, its outcome; its thread waits here for the outcome or its turn. */
    private static final class Waiter<T> {

        private final TicketRequest request;
        private IssueOutcome<T> outcome;
        private RuntimeException failure;
        private boolean turn;

        Waiter(TicketRequest request) {
            this.request = request;
        }

        TicketRequest request() {
            return request;
        }

        synchronized void answer(IssueOutcome<T> answered) {
            outcome = answered;
            notifyAll();
        }

        synchronized void fail(RuntimeException failed) {
            failure = failed;
            notifyAll();
        }

        synchronized void failIfUnanswered() {
            if (outcome == null && failure == null) {
                fail(new IllegalStateException("The ticket's transaction ended without an outcome for it"));
            }
        }

        synchronized void takeTurn() {
            turn = true;
            notifyAll();
        }

        /**
         * Waits for the outcome, or for this request's turn to number the next transaction (then true).
         * An interrupt does not end the wait, since the ticket may be issued all the same; it is kept
         * for the caller to see.
         */
        synchronized boolean awaitTurn() {
            boolean interrupted = false;
            while (outcome == null && failure == null && !turn) {
                try {
                    wait();
                } catch (InterruptedException interrupt) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            return outcome == null && failure == null;
        }

        synchronized T ticket() {
            if (failure != null) {
                throw failure;
            }
            return outcome.ticket();
        }
    }
}
