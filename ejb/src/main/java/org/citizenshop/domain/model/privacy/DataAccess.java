package org.citizenshop.domain.model.privacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.citizenshop.domain.model.Clipped;

/**
 * One entry of the data tracker: when, who in which role, what was done with which kinds of whose
 * personal data, and why (a purpose, the case it served, the request's correlation id). Written in
 * the transaction of the access it records; never changed.
 */
@Entity
@Table(name = "data_access")
public class DataAccess {

    /** Why personal data was touched; each has a plain-language sentence for the citizen. */
    public enum Purpose {
        /** A clerk or supervisor opened a case's status board. */
        CASE_READ,
        /** The case was submitted: its form stored and its steps addressed to the agencies. */
        CASE_SUBMITTED,
        /** A step's data was sent to the agency doing it. */
        STEP_SENT,
        /** An agency answered a step (its result stored on the case). */
        AGENCY_RESULT,
        /** A registry was read to prefill a form, with consent. */
        PREFILL,
        /** The citizen's consent was asked, answered or withdrawn. */
        CONSENT,
        /** An administrator or supervisor read, corrected, resent or cancelled a step that failed (a dead letter). */
        DEAD_LETTER,
        /** A supervisor searched the data tracker. */
        AUDIT_SEARCH,
        /** A clerk or supervisor opened a document an agency issued for a case. */
        DOCUMENT_READ,
        /** An agency's event (a birth registered at a maternity) became a case proposed to him, and he was told. */
        CASE_PROPOSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "data_access_ids")
    @SequenceGenerator(name = "data_access_ids", sequenceName = "data_access_ids", allocationSize = 50)
    private Long id;

    @Column(name = "accessed_at", nullable = false)
    private Instant accessedAt;

    @Column(name = "subject_civil_id", nullable = false, length = 8)
    private String subjectCivilId;

    @Column(nullable = false, length = 100)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_role", nullable = false, length = 20)
    private ActorRole actorRole;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private DataAction action;

    @Column(name = "data_items", nullable = false, length = 200)
    private String dataItems;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Purpose purpose;

    @Column(name = "case_reference", length = 20)
    private String caseReference;

    @Column(name = "correlation_id", length = 64)
    private String correlationId;

    protected DataAccess() {}

    public DataAccess(
            Instant at,
            String subjectCivilId,
            String actor,
            ActorRole actorRole,
            DataAction action,
            Set<PersonalData> data,
            Purpose purpose,
            String caseReference,
            String correlationId) {
        this.accessedAt = Objects.requireNonNull(at, "at");
        this.subjectCivilId = Objects.requireNonNull(subjectCivilId, "subjectCivilId");
        this.actor = Clipped.to(Objects.requireNonNull(actor, "actor"), 100);
        this.actorRole = Objects.requireNonNull(actorRole, "actorRole");
        this.action = Objects.requireNonNull(action, "action");
        if (data == null || data.isEmpty()) {
            throw new IllegalArgumentException("An access touches some data");
        }
        this.dataItems = EnumSet.copyOf(data).stream().map(Enum::name).collect(Collectors.joining(","));
        this.purpose = Objects.requireNonNull(purpose, "purpose");
        this.caseReference = caseReference;
        this.correlationId = correlationId == null ? null : Clipped.to(correlationId, 64);
    }

    public Long id() {
        return id;
    }

    public Instant accessedAt() {
        return accessedAt;
    }

    public String subjectCivilId() {
        return subjectCivilId;
    }

    public String actor() {
        return actor;
    }

    public ActorRole actorRole() {
        return actorRole;
    }

    public DataAction action() {
        return action;
    }

    public Set<PersonalData> data() {
        return Arrays.stream(dataItems.split(","))
                .map(PersonalData::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(PersonalData.class)));
    }

    public Purpose purpose() {
        return purpose;
    }

    public Optional<String> caseReference() {
        return Optional.ofNullable(caseReference);
    }

    public Optional<String> correlationId() {
        return Optional.ofNullable(correlationId);
    }
}
