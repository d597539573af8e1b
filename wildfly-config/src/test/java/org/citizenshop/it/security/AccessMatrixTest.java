package org.citizenshop.it.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.citizenshop.it.security.AccessMatrix.Expected;
import org.citizenshop.it.security.AccessMatrix.Row;
import org.junit.jupiter.api.Test;

/**
 * The access matrix's table itself, without a server: it has a row for every page of the web module,
 * a column for every caller the integration test has a token for, and requests that fit their rows.
 */
class AccessMatrixTest {

    private static final Path WEBAPP = Path.of(System.getProperty("citizenshop.webapp", "../web/src/main/webapp"));

    private static final Path RESOURCES =
            Path.of(System.getProperty("citizenshop.api-sources", "../web/src/main/java/org/citizenshop/web/api"));
    private static final Pattern PATH = Pattern.compile("@Path\\(\"([^\"]*)\"\\)");
    private static final Pattern METHOD = Pattern.compile("^\\s*@(GET|POST|PUT|DELETE|PATCH)\\s*$");

    private final AccessMatrix matrix = AccessMatrix.load();

    @Test
    void everyPageOfTheWebModule_hasARow_andEveryPageRowIsAPage() throws IOException {
        Set<String> pages;
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            pages = files.filter(file -> file.getFileName().toString().endsWith(".xhtml"))
                    .map(file -> WEBAPP.relativize(file).toString().replace('\\', '/'))
                    .filter(page -> !page.startsWith("WEB-INF/"))
                    .map(page ->
                            "GET /" + (page.endsWith("index.xhtml") ? page.substring(0, page.length() - 11) : page))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> rows = matrix.rows().stream()
                .filter(row -> !row.isApi())
                .map(Row::operation)
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(pages).as("pages under " + WEBAPP).isNotEmpty();
        SoftAssertions.assertSoftly(softly -> {
            softly.assertThat(difference(pages, rows))
                    .as("pages without a row in access-matrix.csv")
                    .isEmpty();
            softly.assertThat(difference(rows, pages))
                    .as("page rows of access-matrix.csv with no page")
                    .isEmpty();
        });
    }

    @Test
    void everyOperationOfTheWebModulesResources_hasARow() throws IOException {
        Set<String> operations = new TreeSet<>();
        try (Stream<Path> files = Files.list(RESOURCES)) {
            for (Path file : files.filter(file -> file.getFileName().toString().endsWith("Resource.java"))
                    .toList()) {
                operations.addAll(operationsOf(Files.readAllLines(file)));
            }
        }
        Set<String> rows = matrix.rows().stream()
                .filter(Row::isApi)
                .map(Row::operation)
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(operations).as("operations of " + RESOURCES).hasSizeGreaterThan(10);
        assertThat(difference(operations, rows))
                .as("operations of the JAX-RS resources without a row in access-matrix.csv")
                .isEmpty();
    }

    @Test
    void theColumns_areTheCallersTheIntegrationTestHasTokensFor() {
        List<String> callers = new ArrayList<>();
        Callers.names().forEach(callers::add);

        assertThat(matrix.callers()).containsExactlyElementsOf(callers);
    }

    @Test
    void everyRequest_fitsItsOperation() {
        SoftAssertions.assertSoftly(softly -> {
            for (Row row : matrix.rows()) {
                String template = Pattern.quote(row.path()).replaceAll("\\{[^}]+}", "\\\\E[^/?]+\\\\Q");
                softly.assertThat(row.request())
                        .as("line " + row.line() + ": " + row.operation())
                        .matches(template + "(\\?.*)?");
            }
        });
    }

    @Test
    void everyOperationHasOneRow() {
        List<String> operations = matrix.rows().stream().map(Row::operation).toList();

        assertThat(operations).doesNotHaveDuplicates();
    }

    @Test
    void parse_readsQuotedCellsAndRefusesUnknownValues() {
        AccessMatrix table = AccessMatrix.parse(
                """
                # a comment
                operation,request,body,anonymous,clerk
                PUT /api/v1/x/{id},/api/v1/x/1,"{""a"":1, ""b"":2}",deny,allow
                """);

        assertThat(table.callers()).containsExactly("anonymous", "clerk");
        assertThat(table.rows()).singleElement().satisfies(row -> {
            assertThat(row.body()).isEqualTo("{\"a\":1, \"b\":2}");
            assertThat(row.expected()).containsEntry("anonymous", Expected.DENY).containsEntry("clerk", Expected.ALLOW);
            assertThat(row.line()).isEqualTo(3);
        });
        assertThatThrownBy(() -> AccessMatrix.parse("operation,request,body,clerk\nGET /,/,-,maybe\n"))
                .hasMessageContaining("line 2")
                .hasMessageContaining("'maybe'");
        assertThatThrownBy(() -> AccessMatrix.parse("operation,request,body,clerk\nGET /,/,-\n"))
                .hasMessageContaining("line 2")
                .hasMessageContaining("3 cells");
    }

    /**
     * The operations of one resource class, read from its source: the class's {@code @Path}, and
     * each method's HTTP method and {@code @Path}, before the method's own line.
     */
    private static Set<String> operationsOf(List<String> source) {
        Set<String> operations = new TreeSet<>();
        String root = null;
        String method = null;
        String path = "";
        for (String line : source) {
            Matcher annotatedPath = PATH.matcher(line);
            Matcher httpMethod = METHOD.matcher(line);
            if (root == null && annotatedPath.find()) {
                root = annotatedPath.group(1);
            } else if (root == null) {
                continue;
            } else if (httpMethod.find()) {
                method = httpMethod.group(1);
            } else if (annotatedPath.find()) {
                path = annotatedPath.group(1);
            } else if (line.strip().startsWith("public ") && line.contains("(")) {
                if (method != null) {
                    operations.add(method + " /api/v1" + root + path);
                }
                method = null;
                path = "";
            }
        }
        return operations;
    }

    private static Set<String> difference(Set<String> these, Set<String> those) {
        Set<String> rest = new TreeSet<>(these);
        rest.removeAll(those);
        return rest;
    }
}
