package org.citizenshop.application;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** Who accessed a citizen's personal data, when and why: for him, and for a supervisor's search. */
public interface DataTracker {

    /** The logged-in citizen's own log, newest first. */
    List<DataAccessView> mine();

    /**
     * A supervisor's search by whose data and/or who accessed it, over days (inclusive); the search
     * itself is on the record of the citizens whose entries it showed.
     */
    List<DataAccessView> search(
            @Size(max = 20) String civilId, @Size(max = 100) String actor, LocalDate from, LocalDate to);
}
