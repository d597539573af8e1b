package org.citizenshop.benchmark.translators;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.citizenshop.application.TaskDispatch;
import org.citizenshop.integration.at.AtTaskTranslator;
import org.citizenshop.integration.delivery.DeliveryProperties;
import org.citizenshop.integration.irn.IrnTaskTranslator;
import org.citizenshop.integration.iss.IssTaskTranslator;
import org.citizenshop.integration.sns.SnsTaskTranslator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the shop's own translators at the agencies' edges cost per task, on one thread (so the time is CPU time): the
 * four steps of the MOVING life event (the fan-out benchmark's life event), each its request built from the task and
 * the agency's recorded answer read into an outcome, as the routes call them — IRN-ADDRESS (JSON), AT-ADDRESS (SOAP
 * 1.1), ISS-ADDRESS (a CSV request file; the answer a row group of a results file), SNS-ADDRESS (a FHIR R4
 * {@code Patient}, HAPI FHIR). No HTTP, file, database or transaction: only the work between them, which the fan-out's
 * durable ceiling ({@code bin/fanout}, {@code POST /floor/relay/durable}) does not do. {@code docs/performance.md},
 * "What a life event's translators cost".
 *
 * <p>The answers are the integration module's recorded samples ({@code integration/src/test/resources/agency/}), read
 * from the working directory, the repository's root.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class TranslatorBenchmark {

    private static final Path SAMPLES = Path.of("integration/src/test/resources/agency");
    private static final String ADDRESS = "Avenida da Boavista 100, 4100-112 Porto";

    private final IrnTaskTranslator irn = new IrnTaskTranslator();
    private final AtTaskTranslator at = new AtTaskTranslator();
    private final IssTaskTranslator iss = new IssTaskTranslator();
    private final SnsTaskTranslator sns = new SnsTaskTranslator();

    private CamelContext camel;
    private String irnReply;
    private String atReply;
    private String snsReply;
    private String issResults;
    private Method issRead;
    private long key;

    @Setup(Level.Trial)
    public void setUp() throws IOException, ReflectiveOperationException {
        camel = new DefaultCamelContext();
        camel.start();
        irnReply = sample("irn/completed-birth.json");
        atReply = sample("at/submit-response-nif.xml");
        snsReply = sample("sns/patient-address-updated.fhir.json");
        issResults = sample("iss/results-mixed.csv");
        // The reader is the package's own (the results route calls it); the benchmark calls it as that route does.
        Class<?> reader = Class.forName("org.citizenshop.integration.iss.IssResultsReader");
        issRead = reader.getDeclaredMethod("read", String.class, String.class, Path.class);
        issRead.setAccessible(true);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        camel.stop();
    }

    private static String sample(String name) throws IOException {
        Path file = SAMPLES.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("no sample " + file.toAbsolutePath() + ": run from the repository's root");
        }
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private TaskDispatch task(String agency, String service, String connector) {
        return new TaskDispatch(
                "3c9a1f7e-52b4-4d0e-9a61-" + String.format("%012d", ++key),
                "CS-2026-000001",
                agency,
                service,
                connector,
                "LX-LARANJEIRAS",
                "12345678",
                Map.of("address", ADDRESS));
    }

    private Exchange carrying(TaskDispatch task) {
        Exchange exchange = new DefaultExchange(camel);
        exchange.setProperty(DeliveryProperties.TASK, task);
        exchange.getMessage().setBody(task);
        return exchange;
    }

    private static void answered(Exchange exchange, int status, String reply) {
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        exchange.getMessage().setBody(reply);
    }

    /** The civil registry: the task as JSON, a completed answer read. */
    @Benchmark
    public Object irnAddress() throws Exception {
        Exchange exchange = carrying(task("IRN", "IRN-ADDRESS", "irn-rest"));
        irn.toServiceRequest(exchange);
        answered(exchange, 201, irnReply);
        irn.toOutcome(exchange);
        return exchange.getMessage().getBody();
    }

    /** The tax authority: the task as a SOAP SubmitRequest, a SubmitResponse read (secure XML parsing). */
    @Benchmark
    public Object atAddress() {
        Exchange exchange = carrying(task("AT", "AT-ADDRESS", "at-soap"));
        at.toSubmitRequest(exchange);
        answered(exchange, 200, atReply);
        at.toOutcome(exchange);
        return exchange.getMessage().getBody();
    }

    /**
     * Social security: the task as its request file's rows, then "sent" (its answer comes later, in a results file:
     * {@link #issResultsFile}).
     */
    @Benchmark
    public Object issAddress() throws Exception {
        Exchange exchange = carrying(task("ISS", "ISS-ADDRESS", "iss-batch"));
        iss.toRequestFile(exchange);
        iss.toSent(exchange);
        return exchange.getMessage().getBody();
    }

    /**
     * Reading one results file of the social security ({@code results-mixed.csv}: the answers of three tasks, one
     * row group per request key); per task, divide by three.
     */
    @Benchmark
    public Object issResultsFile() throws Exception {
        return issRead.invoke(null, "results-mixed.csv", issResults, SAMPLES.resolve("iss"));
    }

    /** The health service: the task as a FHIR Patient (HAPI's JSON), the updated Patient read. */
    @Benchmark
    public Object snsAddress() throws Exception {
        Exchange exchange = carrying(task("SNS", "SNS-ADDRESS", "sns-fhir"));
        sns.toPatientRequest(exchange);
        answered(exchange, 200, snsReply);
        sns.toOutcome(exchange);
        return exchange.getMessage().getBody();
    }
}
