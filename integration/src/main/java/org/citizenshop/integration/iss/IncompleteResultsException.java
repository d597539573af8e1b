package org.citizenshop.integration.iss;

import java.util.List;

/** A results file that could not be read or recorded in full; the log holds the details. */
public class IncompleteResultsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public IncompleteResultsException(String file, List<String> problems) {
        super("Social security results " + file + " were not all recorded (" + problems.size()
                + " problems, the first: " + problems.get(0) + "); the file is moved to .failed");
    }
}
