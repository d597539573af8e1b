package org.citizenshop.agencysim.notify;

import io.javalin.http.Context;
import java.util.List;
import org.citizenshop.agencysim.common.Problem;
import org.citizenshop.agencysim.common.Responses;

/** Renders a stored result; rendering is a pure function of it, so a replay is byte for byte the first answer. */
final class NotifyResponses {

    private NotifyResponses() {}

    /** 202 for a queued message, 422 problem for a rejection. */
    static void answer(Context ctx, NotifyResult result) {
        if (result instanceof NotifyResult.Queued queued) {
            Message message = queued.message();
            Responses.json(ctx, 202, new QueuedBody(message.messageId(), "QUEUED", message.to(), message.requestKey()));
        } else {
            NotifyResult.Rejected rejected = (NotifyResult.Rejected) result;
            RejectionCode code = rejected.code();
            Responses.problem(
                    ctx,
                    Problem.rejection(
                            code.type(), code.title(), code.name(), rejected.reason(), rejected.requestKey()));
        }
    }

    static void messages(Context ctx, List<Message> messages) {
        Responses.json(ctx, 200, new MessagesView(messages.size(), messages));
    }

    static String outcome(NotifyResult result) {
        return result instanceof NotifyResult.Queued queued
                ? "QUEUED " + queued.message().messageId()
                : "REJECTED " + ((NotifyResult.Rejected) result).code();
    }

    private record QueuedBody(String messageId, String status, String to, String requestKey) {}

    private record MessagesView(int count, List<Message> messages) {}
}
