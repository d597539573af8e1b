package org.citizenshop.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The proactive service: an agency's event (a birth registered at a maternity) becomes a proposed
 * case for the citizens it concerns, prefilled; nothing goes to another agency until one of them
 * consents, at a desk.
 */
public interface ProposedCases {

    /**
     * The civil registry's announcement of a birth it registered, as the integration layer read it;
     * a parent's mobile number when the maternity took one, to tell him of the proposal.
     */
    record BirthRegistered(
            @NotBlank @Size(max = 36) String eventId,
            @NotBlank @Size(max = 60) String agencyReference,
            @NotBlank @Size(max = 60) String birthRecordNumber,
            @NotBlank @Size(max = 8) String childCivilId,
            @NotBlank @Size(max = 200) String givenNames,
            @NotBlank @Size(max = 200) String surnames,
            @NotBlank @Size(max = 10) String birthDate,
            @Size(max = 5) String birthTime,
            @Size(max = 200) String birthPlace,
            @Size(max = 1) String sex,
            @NotBlank @Size(max = 8) String motherCivilId,
            @Size(max = 8) String fatherCivilId,
            @Size(max = 20) String parentsMaritalStatus,
            @NotBlank @Size(max = 300) String address,
            Instant registeredAt,
            @Size(max = 20) String motherMobile,
            @Size(max = 20) String fatherMobile)
            implements Serializable {}

    /** Records the proposal once per event (a repeated event changes nothing). */
    void birthRegistered(@NotNull @Valid BirthRegistered event);

    /** What waits for this citizen's consent. */
    List<CaseView> proposalsFor(@NotBlank @Size(max = 20) String civilId);

    /**
     * The citizen at the desk consented on the desk's customer display (a consent to the birth
     * bundle, given by one of those the proposal is for) and showed this document, checked by the
     * clerk: the proposal goes on as a case of the desk's shop (and of its current visit), under
     * that consent.
     */
    CaseView consent(
            @NotBlank @Size(max = 20) String reference,
            @NotBlank @Size(max = 36) String consent,
            @jakarta.validation.Valid CaseSubmission.Document document);
}
