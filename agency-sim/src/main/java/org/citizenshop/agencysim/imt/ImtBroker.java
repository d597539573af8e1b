package org.citizenshop.agencysim.imt;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;

/**
 * The driving authority's own message broker: ActiveMQ Artemis embedded in this process, in memory only (nothing
 * survives a restart), without security, with the queues {@code imt.requests} and {@code imt.replies}. Clients reach
 * it over TCP ({@code tcp://<host>:<port>}, the Core protocol as the Artemis JMS client speaks it); the agency itself
 * in-VM.
 */
final class ImtBroker {

    static final String REQUESTS = "imt.requests";
    static final String REPLIES = "imt.replies";

    /** Never used while deliveries are unlimited and messages never expire; declared so that the broker is content. */
    static final String DEAD_LETTERS = "DLQ";

    static final String EXPIRED = "ExpiryQueue";

    /** A message rolled back (a simulated failure) comes back this much later. */
    static final long REDELIVERY_DELAY_MILLIS = 500;

    private static final AtomicInteger IN_VM_IDS = new AtomicInteger();

    private final String host;
    private final int port;
    private final int inVmId = IN_VM_IDS.incrementAndGet();
    private EmbeddedActiveMQ broker;
    private Path dataDir;

    ImtBroker(String host, int port) {
        this.host = host;
        this.port = port;
    }

    void start() throws Exception {
        // Nothing is persisted, but Artemis still wants folders it could page to.
        dataDir = Files.createTempDirectory("agency-sim-imt-broker");
        Configuration configuration = new ConfigurationImpl()
                .setName("imt-broker")
                .setPersistenceEnabled(false)
                .setSecurityEnabled(false)
                .setJMXManagementEnabled(false)
                .setCriticalAnalyzer(false)
                .setBindingsDirectory(dataDir.resolve("bindings").toString())
                .setJournalDirectory(dataDir.resolve("journal").toString())
                .setPagingDirectory(dataDir.resolve("paging").toString())
                .setLargeMessagesDirectory(dataDir.resolve("large-messages").toString())
                .addAcceptorConfiguration("in-vm", inVmUrl())
                .addAcceptorConfiguration("tcp", "tcp://" + host + ":" + port + "?protocols=CORE")
                .addAddressSetting(
                        "#",
                        new AddressSettings()
                                .setRedeliveryDelay(REDELIVERY_DELAY_MILLIS)
                                .setMaxDeliveryAttempts(-1)
                                .setDeadLetterAddress(SimpleString.of(DEAD_LETTERS))
                                .setExpiryAddress(SimpleString.of(EXPIRED)));
        configuration.addQueueConfiguration(QueueConfiguration.of(REQUESTS).setRoutingType(RoutingType.ANYCAST));
        configuration.addQueueConfiguration(QueueConfiguration.of(REPLIES).setRoutingType(RoutingType.ANYCAST));
        configuration.addQueueConfiguration(QueueConfiguration.of(DEAD_LETTERS).setRoutingType(RoutingType.ANYCAST));
        configuration.addQueueConfiguration(QueueConfiguration.of(EXPIRED).setRoutingType(RoutingType.ANYCAST));
        broker = new EmbeddedActiveMQ();
        broker.setConfiguration(configuration);
        broker.start();
    }

    void stop() throws Exception {
        if (broker != null) {
            broker.stop();
            broker = null;
        }
        if (dataDir != null) {
            try (Stream<Path> paths = Files.walk(dataDir)) {
                paths.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                // A temporary folder left behind is no reason to fail a stop.
            }
            dataDir = null;
        }
    }

    String inVmUrl() {
        return "vm://" + inVmId;
    }

    String tcpUrl() {
        return "tcp://" + host + ":" + port;
    }
}
