package org.citizenshop.agencysim.iss;

import java.util.List;

/**
 * What one batch run did, for the admin endpoint and the log.
 *
 * @param ran false when the run was skipped because the agency is switched down
 * @param filesRead request files taken from the inbox
 * @param answered request keys with rows in the result file
 * @param pending request keys left for the next run (a simulated failure)
 * @param badRows rows reported in error files
 * @param resultFile the result file written, or null when there was nothing to answer
 * @param errorFiles the error files written
 */
record BatchReport(
        boolean ran,
        int filesRead,
        int answered,
        int pending,
        int badRows,
        String resultFile,
        List<String> errorFiles) {

    static BatchReport skipped(int pending) {
        return new BatchReport(false, 0, 0, pending, 0, null, List.of());
    }
}
