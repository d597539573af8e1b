package org.citizenshop.application.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.citizenshop.application.DataAccessView;
import org.citizenshop.application.DataTracker;
import org.citizenshop.application.Roles;
import org.citizenshop.application.port.CitizenIdentity;
import org.citizenshop.domain.model.InvalidInputException;
import org.citizenshop.domain.model.NotPermittedException;
import org.citizenshop.domain.model.cases.SlaClock;
import org.citizenshop.domain.model.citizen.CivilIdNumber;
import org.citizenshop.domain.model.privacy.ActorRole;
import org.citizenshop.domain.model.privacy.DataAccess;
import org.citizenshop.domain.model.privacy.DataAction;
import org.citizenshop.domain.model.privacy.PersonalData;
import org.citizenshop.domain.model.privacy.PrivacyRepository;

@Stateless
public class DataTrackerService implements DataTracker {

    static final int MAX_ENTRIES = 500;

    @Inject
    PrivacyRepository privacy;

    @Inject
    CitizenIdentity citizens;

    @Inject
    DataTrail trail;

    @Resource
    SessionContext session;

    @Override
    @RolesAllowed(Roles.CITIZEN)
    public List<DataAccessView> mine() {
        String civilId = citizens.civilIdOfCaller()
                .orElseThrow(() -> new NotPermittedException(
                        "citizen.notIdentified", "The login does not say which citizen this is"));
        return privacy.accessesTo(civilId, MAX_ENTRIES).stream()
                .map(DataTrackerService::view)
                .toList();
    }

    @Override
    @RolesAllowed(Roles.SUPERVISOR)
    public List<DataAccessView> search(String civilId, String actor, LocalDate from, LocalDate to) {
        String subject =
                blank(civilId) ? null : CivilIdNumber.of(civilId.strip()).value();
        String who = blank(actor) ? null : actor.strip();
        if (subject == null && who == null) {
            throw new InvalidInputException(
                    "civilId", "dataLog.searchNeedsWhom", "Search by whose data or by who accessed it");
        }
        LocalDate first = from == null ? LocalDate.now(SlaClock.AGENCIES_ZONE).minusDays(30) : from;
        LocalDate last = to == null ? LocalDate.now(SlaClock.AGENCIES_ZONE) : to;
        if (last.isBefore(first)) {
            throw new InvalidInputException("to", "dataLog.periodReversed", "The period ends before it starts");
        }
        Instant start = first.atStartOfDay(SlaClock.AGENCIES_ZONE).toInstant();
        Instant end = last.plusDays(1).atStartOfDay(SlaClock.AGENCIES_ZONE).toInstant();
        List<DataAccess> found = privacy.search(subject, who, start, end, MAX_ENTRIES);
        Set<String> seen = new LinkedHashSet<>();
        found.forEach(access -> seen.add(access.subjectCivilId()));
        trail.record(
                seen,
                session.getCallerPrincipal().getName(),
                ActorRole.SUPERVISOR,
                DataAction.READ,
                EnumSet.of(PersonalData.IDENTITY),
                DataAccess.Purpose.AUDIT_SEARCH,
                null);
        return found.stream().map(DataTrackerService::view).toList();
    }

    private static DataAccessView view(DataAccess access) {
        return new DataAccessView(
                access.accessedAt(),
                access.subjectCivilId(),
                access.actor(),
                access.actorRole().name(),
                access.action().name(),
                access.data().stream().map(Enum::name).toList(),
                access.purpose().name(),
                access.caseReference().orElse(null),
                access.correlationId().orElse(null));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
