package org.citizenshop.agencysim.notify;

/** Thrown by the checks so that the first failing one decides the answer; the message is the English reason. */
final class NotificationRejected extends Exception {

    private final RejectionCode code;

    NotificationRejected(RejectionCode code, String reason) {
        super(reason, null, false, false);
        this.code = code;
    }

    RejectionCode code() {
        return code;
    }
}
