package org.citizenshop.application.port;

/**
 * Wakes the integration layer's delivery workers when tasks became due, once the caller's transaction
 * commits (they would find them anyway, on their next look at the table).
 */
public interface DueTasks {

    void becameDue();
}
