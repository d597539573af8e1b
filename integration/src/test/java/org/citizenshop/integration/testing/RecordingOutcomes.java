package org.citizenshop.integration.irn;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.citizenshop.application.AgencyOutcomes;
import org.citizenshop.application.CitizenCardDispatch;

/** Stands in for the application in route tests: remembers every outcome reported to it. */
class RecordingOutcomes implements AgencyOutcomes {

    record Outcome(String key, String kind, String detail) {}

    final List<Outcome> reported = new CopyOnWriteArrayList<>();

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
    public void deliveryFailed(String key, String error) {
        reported.add(new Outcome(key, "failed", error));
    }
}
