package org.citizenshop.integration.imt;

import jakarta.jms.ConnectionFactory;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * The driving authority's broker as the simulator configures it (agency-sim ImtBroker: in memory, no
 * security, anycast queues {@code imt.requests} and {@code imt.replies} without any prefix), reached
 * in-VM only, so that a test opens no port.
 */
final class AgencyBroker implements AutoCloseable {

    static final String REQUESTS = "imt.requests";
    static final String REPLIES = "imt.replies";

    private static final AtomicInteger IDS = new AtomicInteger(1000);

    private final String url = "vm://" + IDS.incrementAndGet();
    private final EmbeddedActiveMQ broker = new EmbeddedActiveMQ();

    AgencyBroker(Path dataDir) throws Exception {
        Configuration configuration = new ConfigurationImpl()
                .setName("imt-test-broker")
                .setPersistenceEnabled(false)
                .setSecurityEnabled(false)
                .setJMXManagementEnabled(false)
                .setCriticalAnalyzer(false)
                .setBindingsDirectory(dataDir.resolve("bindings").toString())
                .setJournalDirectory(dataDir.resolve("journal").toString())
                .setPagingDirectory(dataDir.resolve("paging").toString())
                .setLargeMessagesDirectory(dataDir.resolve("large-messages").toString())
                .addAcceptorConfiguration("in-vm", url);
        configuration.addQueueConfiguration(QueueConfiguration.of(REQUESTS).setRoutingType(RoutingType.ANYCAST));
        configuration.addQueueConfiguration(QueueConfiguration.of(REPLIES).setRoutingType(RoutingType.ANYCAST));
        broker.setConfiguration(configuration);
        broker.start();
    }

    /** A plain client factory (the agency's side, and the shop's outside a server). */
    ConnectionFactory connectionFactory() {
        return new ActiveMQConnectionFactory(url);
    }

    @Override
    public void close() throws Exception {
        broker.stop();
    }
}
