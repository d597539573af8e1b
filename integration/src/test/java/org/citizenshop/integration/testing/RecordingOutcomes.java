package org.citizenshop.integration.testing;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.citizenshop.application.AgencyDocument;
import org.citizenshop.application.AgencyOutcomes;
import org.citizenshop.application.AlertOutcomes;
import org.citizenshop.application.CitizenCardDispatch;
import org.citizenshop.application.TaskOutcomes;

/** Stands in for the application in route tests: remembers every outcome (request or alert) reported to it. */
public class RecordingOutcomes implements AgencyOutcomes, AlertOutcomes, TaskOutcomes {

    public record Outcome(String key, String kind, String detail) {}

    public final List<Outcome> reported = new CopyOnWriteArrayList<>();

    /** The documents that came with completions, as the application would get them. */
    public final List<AgencyDocument> documents = new CopyOnWriteArrayList<>();

    @Override
    public CitizenCardDispatch citizenCardDispatch(String key) {
        throw new UnsupportedOperationException("routes receive their dispatch in the exchange");
    }

    @Override
    public void accepted(String key, String reference, LocalDate expected) {
        reported.add(new Outcome(key, "accepted", reference + " " + expected));
    }

    @Override
    public void rejected(String key, String code, String reason) {
        reported.add(new Outcome(key, "rejected", code + ": " + reason));
    }

    @Override
    public void abandoned(String key, String error) {
        reported.add(new Outcome(key, "abandoned", error));
    }

    @Override
    public void refused(String key, String error) {
        reported.add(new Outcome(key, "refused", error));
    }

    @Override
    public void deliveryFailed(String key, String error) {
        reported.add(new Outcome(key, "failed", error));
    }

    @Override
    public void deferred(String key, java.time.Duration wait) {
        reported.add(new Outcome(key, "deferred", wait.toString()));
    }

    @Override
    public void sent(String key) {
        reported.add(new Outcome(key, "sent", ""));
    }

    @Override
    public void acknowledged(String key, String reference) {
        reported.add(new Outcome(key, "acknowledged", reference));
    }

    @Override
    public void completed(
            String key, String reference, java.util.Map<String, String> outputs, AgencyDocument document) {
        reported.add(new Outcome(
                key,
                "completed",
                reference + " " + new java.util.TreeMap<>(outputs) + (document == null ? "" : " " + document)));
        if (document != null) {
            documents.add(document);
        }
    }

    @Override
    public void delivered(long alert, String messageId) {
        reported.add(new Outcome("alert-" + alert, "sent", messageId));
    }

    @Override
    public void failed(long alert, String error) {
        reported.add(new Outcome("alert-" + alert, "alert-failed", error));
    }
}
