package org.citizenshop.application.internal;

import jakarta.ejb.SessionContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.citizenshop.application.Correlation;
import org.citizenshop.application.Roles;
import org.citizenshop.domain.model.InvalidInputException;
import org.citizenshop.domain.model.cases.CitizenCase;
import org.citizenshop.domain.model.citizen.CivilIdNumber;
import org.citizenshop.domain.model.privacy.ActorRole;
import org.citizenshop.domain.model.privacy.DataAccess;
import org.citizenshop.domain.model.privacy.DataAction;
import org.citizenshop.domain.model.privacy.PersonalData;
import org.citizenshop.domain.model.privacy.PrivacyRepository;

/**
 * Writes the data tracker's entries, in the transaction of the access they record, one per person
 * whose data was touched. A person who opens the same case again within {@link #SAME_READ} is not
 * recorded again (a status board refreshing itself is one look).
 */
@ApplicationScoped
public class DataTrail {

    static final Duration SAME_READ = Duration.ofMinutes(15);

    @Inject
    PrivacyRepository privacy;

    @Inject
    Clock clock;

    /** One entry per person; returns how many were written (reads folded into an earlier one are not). */
    public int record(
            Collection<String> subjects,
            String actor,
            ActorRole role,
            DataAction action,
            Set<PersonalData> data,
            DataAccess.Purpose purpose,
            String caseReference) {
        Instant now = clock.instant();
        String correlation = Correlation.current();
        int written = 0;
        for (String subject : new LinkedHashSet<>(subjects)) {
            if (action == DataAction.READ
                    && caseReference != null
                    && privacy.recorded(subject, actor, purpose, caseReference, now.minus(SAME_READ))) {
                continue;
            }
            privacy.add(new DataAccess(now, subject, actor, role, action, data, purpose, caseReference, correlation));
            written++;
        }
        return written;
    }

    /** In which capacity the caller acts (the most specific staff role first). */
    public static ActorRole roleOf(SessionContext session) {
        if (session.isCallerInRole(Roles.SUPERVISOR)) {
            return ActorRole.SUPERVISOR;
        }
        if (session.isCallerInRole(Roles.CLERK)) {
            return ActorRole.CLERK;
        }
        if (session.isCallerInRole(Roles.AGENCY_ADMIN)) {
            return ActorRole.AGENCY_ADMIN;
        }
        if (session.isCallerInRole(Roles.CITIZEN)) {
            return ActorRole.CITIZEN;
        }
        return ActorRole.SYSTEM;
    }

    /** The people whose data a case holds: the applicant and every civil ID number in its form. */
    public static Set<String> subjectsOf(CitizenCase citizenCase) {
        Set<String> subjects = new LinkedHashSet<>();
        citizenCase.applicantCivilId().ifPresent(subjects::add);
        citizenCase.formData().values().forEach((key, value) -> {
            if (key.endsWith("civilId")) {
                civilId(value).ifPresent(subjects::add);
            }
        });
        return subjects;
    }

    /** The civil ID number a form value holds, if it is one (forms are checked before they are stored). */
    static java.util.Optional<String> civilId(String value) {
        if (value == null || value.isBlank()) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(CivilIdNumber.of(value.strip()).value());
        } catch (InvalidInputException notACivilId) {
            return java.util.Optional.empty();
        }
    }
}
