package org.citizenshop.it.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The table {@code access-matrix.csv}: one row per page or REST operation, one cell per caller
 * (docs/access-matrix.md). Read strictly: a row without a cell for every caller, or a cell that is
 * not one of the {@link Expected} values, stops the test with the line it is on.
 */
record AccessMatrix(List<String> callers, List<Row> rows) {

    static final String RESOURCE = "/access-matrix.csv";
    private static final List<String> FIXED_COLUMNS = List.of("operation", "request", "body");

    /** What a cell says. */
    enum Expected {
        /** Past authorisation: any answer but 401, 403 or a redirect to the login (and no 5xx). */
        ALLOW,
        /** 401, 403, or a page's redirect to the login. */
        DENY,
        /** 401: only the agency's signature lets a webhook in, never a token. */
        SIGNED;

        static Expected of(String cell, int line) {
            return switch (cell) {
                case "allow" -> ALLOW;
                case "deny" -> DENY;
                case "signed" -> SIGNED;
                default ->
                    throw new IllegalStateException(
                            RESOURCE + " line " + line + ": a cell is allow, deny or signed, not '" + cell + "'");
            };
        }

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * A page or an operation ({@code GET /api/v1/desks/{desk}}), the request that tries it
     * ({@code /api/v1/desks/X99}), its body or null, and what each caller should get.
     */
    record Row(String operation, String request, String body, Map<String, Expected> expected, int line) {

        String method() {
            return operation.substring(0, operation.indexOf(' '));
        }

        String path() {
            return operation.substring(operation.indexOf(' ') + 1);
        }

        boolean isApi() {
            return path().startsWith("/api/");
        }
    }

    static AccessMatrix load() {
        try (InputStream in = AccessMatrix.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("No " + RESOURCE + " on the test class path");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static AccessMatrix parse(String table) {
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        String[] lines = table.split("\n", -1);
        for (int index = 0; index < lines.length; index++) {
            int line = index + 1;
            String text = lines[index].strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            List<String> cells = cells(text, line);
            if (header == null) {
                if (cells.size() <= FIXED_COLUMNS.size()
                        || !cells.subList(0, FIXED_COLUMNS.size()).equals(FIXED_COLUMNS)) {
                    throw new IllegalStateException(
                            RESOURCE + " line " + line + ": the header starts with " + FIXED_COLUMNS);
                }
                header = cells;
                continue;
            }
            if (cells.size() != header.size()) {
                throw new IllegalStateException(
                        RESOURCE + " line " + line + ": " + cells.size() + " cells, the header has " + header.size());
            }
            if (!cells.get(0).matches("(GET|POST|PUT|DELETE|PATCH) /\\S*")) {
                throw new IllegalStateException(
                        RESOURCE + " line " + line + ": an operation is a method and a path: " + cells.get(0));
            }
            Map<String, Expected> expected = new LinkedHashMap<>();
            for (int column = FIXED_COLUMNS.size(); column < header.size(); column++) {
                expected.put(header.get(column), Expected.of(cells.get(column), line));
            }
            rows.add(new Row(
                    cells.get(0),
                    cells.get(1),
                    cells.get(2).equals("-") ? null : cells.get(2),
                    Map.copyOf(expected),
                    line));
        }
        if (header == null) {
            throw new IllegalStateException(RESOURCE + " has no header");
        }
        return new AccessMatrix(List.copyOf(header.subList(FIXED_COLUMNS.size(), header.size())), List.copyOf(rows));
    }

    /** The cells of one line of CSV (RFC 4180: a quoted cell may hold commas, "" is a quote). */
    private static List<String> cells(String text, int line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.toString().isBlank()) {
                cell.setLength(0);
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new IllegalStateException(RESOURCE + " line " + line + ": a quote is not closed");
        }
        cells.add(cell.toString().strip());
        return cells;
    }
}
