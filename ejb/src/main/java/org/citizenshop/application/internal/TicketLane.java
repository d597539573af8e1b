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
 *
 * <p>What the holders of tickets numbered together are shown (their place in the queue, read from
 * the queue's waiting tickets) is read after the commit, by the same thread once it has handed the
 * turn on: the next transaction, and the shop's lock, do not wait for it.
 *
 * @param <N> a ticket numbered and stored
 * @param <T> what its holder is shown
 */
final class TicketLane<N, T> {

    private static final Logger LOG = Logger.getLogger(TicketLane.class.getName());

    /** How tickets are numbered: several requests in one transaction, or one request alone. */
    interface Numbering<N, T> {

        /** One outcome per request, in order, once committed; throws when the transaction failed as a whole. */
        List<IssueOutcome<N>> together(List<TicketRequest> requests);

        /** What the holders of tickets numbered together are shown, in their order (after the commit). */
        List<T> shown(List<N> numbered);

        /** The new ticket as its holder is shown it; throws the refusal of the request, or what failed. */
        T alone(TicketRequest request);
    }

    private final int mostTogether;
    private final Numbering<N, T> numbering;
    private final Deque<Waiter<T>> waiting = new ArrayDeque<>();
    private boolean numberingNow;

    TicketLane(int mostTogether, Numbering<N, T> numbering) {
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

    /**
     * Numbers the oldest waiting requests (the caller's among them), hands the turn on, then reads what
     * the holders of the new tickets are shown.
     */
    private void numberNext() {
        List<Waiter<T>> together = new ArrayList<>();
        synchronized (this) {
            while (together.size() < mostTogether && !waiting.isEmpty()) {
                together.add(waiting.poll());
            }
        }
        try {
            Numbered<N, T> numbered;
            try {
                numbered = number(together);
            } finally {
                handTurnOn();
            }
            show(numbered);
        } finally {
            together.forEach(Waiter::failIfUnanswered);
        }
    }

    private void handTurnOn() {
        Waiter<T> next;
        synchronized (this) {
            next = waiting.peek();
            numberingNow = next != null;
        }
        if (next != null) {
            next.takeTurn();
        }
    }

    /** Numbers the requests; answers those refused or failed, and returns the others with their tickets. */
    private Numbered<N, T> number(List<Waiter<T>> together) {
        List<IssueOutcome<N>> outcomes;
        try {
            outcomes = numbering.together(together.stream().map(Waiter::request).toList());
        } catch (RuntimeException failed) {
            if (together.size() == 1) {
                together.get(0).fail(failed);
                return Numbered.none();
            }
            // Nothing of the transaction was stored: each request is numbered again on its own, as if
            // it had come alone, and meets its own outcome.
            LOG.log(Level.INFO, "Numbering {0} tickets together failed ({1}); numbering each on its own", new Object[] {
                together.size(), failed.toString()
            });
            together.forEach(this::numberAlone);
            return Numbered.none();
        }
        if (outcomes.size() != together.size()) {
            throw new IllegalStateException(outcomes.size() + " outcomes for " + together.size() + " requests");
        }
        Numbered<N, T> numbered = new Numbered<>(new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < together.size(); i++) {
            IssueOutcome<N> outcome = outcomes.get(i);
            if (outcome.refusal() != null) {
                together.get(i).answer(IssueOutcome.refused(outcome.refusal()));
            } else {
                numbered.holders().add(together.get(i));
                numbered.tickets().add(outcome.issued());
            }
        }
        return numbered;
    }

    /**
     * Answers the holders of tickets stored together with what they are shown. Should reading it for
     * all of them fail, it is read for each on its own: the tickets are stored whatever happens here.
     */
    private void show(Numbered<N, T> numbered) {
        if (numbered.tickets().isEmpty()) {
            return;
        }
        List<T> shown;
        try {
            shown = numbering.shown(numbered.tickets());
        } catch (RuntimeException failed) {
            if (numbered.tickets().size() == 1) {
                numbered.holders().get(0).fail(failed);
                return;
            }
            LOG.log(
                    Level.INFO,
                    "Reading the views of {0} new tickets together failed ({1}); reading each on its own",
                    new Object[] {numbered.tickets().size(), failed.toString()});
            for (int i = 0; i < numbered.tickets().size(); i++) {
                Waiter<T> holder = numbered.holders().get(i);
                try {
                    holder.answer(IssueOutcome.issued(
                            numbering.shown(List.of(numbered.tickets().get(i))).get(0)));
                } catch (RuntimeException alsoFailed) {
                    holder.fail(alsoFailed);
                }
            }
            return;
        }
        if (shown.size() != numbered.tickets().size()) {
            throw new IllegalStateException(
                    shown.size() + " views for " + numbered.tickets().size() + " tickets");
        }
        for (int i = 0; i < shown.size(); i++) {
            numbered.holders().get(i).answer(IssueOutcome.issued(shown.get(i)));
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

    /** The requests whose tickets a transaction stored, and those tickets, in the same order. */
    private record Numbered<N, T>(List<Waiter<T>> holders, List<N> tickets) {

        static <N, T> Numbered<N, T> none() {
            return new Numbered<>(List.of(), List.of());
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
