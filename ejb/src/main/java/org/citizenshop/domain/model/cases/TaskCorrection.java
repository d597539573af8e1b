package org.citizenshop.domain.model.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.citizenshop.domain.model.Clipped;

/**
 * An administrator corrected a failed step's data before sending it again: who, when, and which
 * fields changed (their keys; the values stay on the step, never in a history that outlives it).
 */
@Entity
@Table(name = "case_task_correction")
public class TaskCorrection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "task_id")
    private CaseTask task;

    @Column(name = "corrected_by", nullable = false, length = 100)
    private String correctedBy;

    @Column(name = "corrected_at", nullable = false)
    private Instant correctedAt;

    @Column(nullable = false, length = 2000)
    private String fields;

    protected TaskCorrection() {}

    TaskCorrection(CaseTask task, String correctedBy, List<String> fields, Instant at) {
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("a correction changes at least one field");
        }
        this.task = Objects.requireNonNull(task);
        this.correctedBy = Clipped.to(Objects.requireNonNull(correctedBy), 100);
        this.fields = Clipped.to(String.join(",", fields), 2000);
        this.correctedAt = Objects.requireNonNull(at);
    }

    public String correctedBy() {
        return correctedBy;
    }

    public Instant correctedAt() {
        return correctedAt;
    }

    /** The keys of the fields it changed, in the order of the service's form. */
    public List<String> fields() {
        return List.copyOf(Arrays.asList(fields.split(",")));
    }
}
