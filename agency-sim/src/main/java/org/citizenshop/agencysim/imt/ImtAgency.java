package org.citizenshop.agencysim.imt;

import java.time.Clock;
import org.citizenshop.agencysim.common.AgencyRoutes;
import org.citizenshop.agencysim.common.BehaviourView;
import org.citizenshop.agencysim.common.EffectLog;
import org.citizenshop.agencysim.common.SimulatedAgency;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The driving authority as the app sees it: its broker and its desk run from {@link #start} to {@link #stop}. A broker
 * port below 0 runs neither (tests of the other agencies need no broker); the agency still has its switches and
 * effects.
 */
public final class ImtAgency implements SimulatedAgency {

    public static final String CODE = "imt";

    private static final Logger LOG = LoggerFactory.getLogger(ImtAgency.class);

    private final ImtService service;
    private final String host;
    private final int brokerPort;
    private final BehaviourView behaviour;
    private ImtBroker broker;
    private ImtDesk desk;
    private Thread deskThread;

    public ImtAgency(Clock clock, String host, int brokerPort, BehaviourView behaviour) {
        this.service = new ImtService(clock);
        this.host = host;
        this.brokerPort = brokerPort;
        this.behaviour = behaviour;
    }

    @Override
    public String code() {
        return CODE;
    }

    /** No HTTP endpoint: the shop sends messages. */
    @Override
    public void addRoutes(AgencyRoutes agencyRoutes) {}

    @Override
    public synchronized void start() {
        if (brokerPort < 0) {
            return;
        }
        broker = new ImtBroker(host, brokerPort);
        try {
            broker.start();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start the IMT broker on " + broker.tcpUrl(), e);
        }
        desk = new ImtDesk(broker.inVmUrl(), service, behaviour);
        deskThread = new Thread(desk, "imt-desk");
        deskThread.setDaemon(true);
        deskThread.start();
        LOG.info("IMT broker listening on {} (queues {}, {})", broker.tcpUrl(), ImtBroker.REQUESTS, ImtBroker.REPLIES);
    }

    @Override
    public synchronized void stop() {
        if (desk != null) {
            desk.stop();
            try {
                deskThread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            desk = null;
            deskThread = null;
        }
        if (broker != null) {
            try {
                broker.stop();
            } catch (Exception e) {
                LOG.warn("The IMT broker did not stop cleanly", e);
            }
            broker = null;
        }
    }

    @Override
    public EffectLog effects() {
        return service.effects();
    }

    @Override
    public void reset() {
        service.reset();
    }
}
