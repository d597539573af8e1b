package org.citizenshop.agencysim.iss;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.citizenshop.agencysim.common.AgencyRoutes;
import org.citizenshop.agencysim.common.BehaviourView;
import org.citizenshop.agencysim.common.EffectLog;
import org.citizenshop.agencysim.common.PersonLookupRoutes;
import org.citizenshop.agencysim.common.SimulatedAgency;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The social security as the app sees it: a batch run every {@code batchMillis} on one thread of its own, from
 * {@link #start} to {@link #stop}. Its decisions live only in this process; its files in the exchange directory.
 */
public final class IssAgency implements SimulatedAgency {

    public static final String CODE = IssRoutes.AGENCY;

    private static final Logger LOG = LoggerFactory.getLogger(IssAgency.class);

    private final IssService service;
    private final ExchangeFolder folder;
    private final IssBatch batch;
    private final IssRoutes routes;
    /**
     * A person's NISS for prefilling a form: the social security's online service (its requests go in
     * batch files, which cannot answer while the citizen waits).
     */
    private final PersonLookupRoutes beneficiaries;

    private final long batchMillis;
    private ScheduledExecutorService scheduler;

    public IssAgency(Clock clock, Path exchangeDir, long batchMillis, BehaviourView behaviour) {
        this.service = new IssService(clock);
        this.folder = new ExchangeFolder(exchangeDir);
        this.batch = new IssBatch(clock, service, folder, behaviour);
        this.routes = new IssRoutes(batch);
        this.beneficiaries = new PersonLookupRoutes(
                clock,
                IssRoutes.AGENCY,
                "/iss/v1/beneficiaries",
                Beneficiaries::find,
                "Nobody is registered in the social security with this civil identification number.");
        this.batchMillis = batchMillis;
    }

    @Override
    public String code() {
        return CODE;
    }

    /** Requests come as files; the one endpoint is the online lookup of a person's NISS. */
    @Override
    public void addRoutes(AgencyRoutes agencyRoutes) {
        beneficiaries.addTo(agencyRoutes);
    }

    @Override
    public void addAdminRoutes(AgencyRoutes agencyRoutes) {
        routes.addAdminTo(agencyRoutes);
        beneficiaries.addAdminTo(agencyRoutes);
    }

    @Override
    public synchronized void start() {
        try {
            folder.create();
        } catch (IOException e) {
            LOG.error("Cannot create the ISS exchange folders under {}; batch runs will fail", folder.inbox(), e);
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "iss-batch");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::runScheduled, batchMillis, batchMillis, TimeUnit.MILLISECONDS);
        LOG.info("ISS batch runs every {} ms over {}", batchMillis, folder.inbox());
    }

    @Override
    public synchronized void stop() {
        if (scheduler == null) {
            return;
        }
        scheduler.shutdownNow();
        try {
            if (!scheduler.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("The ISS batch run did not stop within 5 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        scheduler = null;
    }

    /** A failing run is logged and the next one tries again: the schedule must never die of an exception. */
    private void runScheduled() {
        try {
            batch.run();
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            LOG.error("ISS batch run failed", e);
        }
    }

    @Override
    public EffectLog effects() {
        return service.effects();
    }

    @Override
    public void reset() {
        service.reset();
        batch.reset();
        beneficiaries.reset();
    }
}
