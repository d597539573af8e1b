package org.citizenshop.application.port;

/** Hands a notification to the integration layer within the caller's transaction: never lost. */
public interface Notifications {

    void send(Notification notification);
}
