package org.citizenshop.application.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.citizenshop.application.port.CivilRegistry;
import org.citizenshop.application.port.HealthRegistry;
import org.citizenshop.application.port.RegistryUnavailableException;
import org.citizenshop.application.port.SocialSecurityRegistry;
import org.citizenshop.application.port.TaxRegistry;
import org.citizenshop.domain.model.InvalidInputException;
import org.citizenshop.domain.model.catalogue.ServiceField;
import org.citizenshop.domain.model.citizen.CivilIdNumber;
import org.citizenshop.domain.model.privacy.PersonalData;

/**
 * Reads the registries a consent allows for a life event's form, each field for the person it is about: the fields of
 * the {@value #DECEASED} group for the deceased whose civil ID number was typed, the others for the consent's subject.
 * Each registry is asked once per person. A registry that cannot answer leaves its fields to be typed and the others'
 * values stand; when none answered at all, its failure is the answer.
 */
final class RegistryPrefill {

    /** The registries the shop can read, in the order it asks them; a field that names another is typed by hand. */
    static final List<String> READABLE = List.of("IRN", "AT", "ISS", "SNS");

    static final String DECEASED = "deceased";
    static final String DECEASED_CIVIL_ID = DECEASED + ".civilId";

    /**
     * What the registries gave: values by field key, the agency each came from, those the service locks, the data
     * read of each person looked up (by civil ID number), the agencies that did not answer or knew nobody, and the
     * fields to fill before their group can be looked up.
     */
    record Result(
            Map<String, String> values,
            Map<String, String> sources,
            Set<String> locked,
            Map<String, Set<PersonalData>> lookedUp,
            List<String> unavailable,
            List<String> notKnown,
            List<String> fillFirst,
            String partnerNamed) {}

    private record Whom(String agency, String civilId) {}

    private final CivilRegistry civil;
    private final TaxRegistry tax;
    private final SocialSecurityRegistry socialSecurity;
    private final HealthRegistry health;

    RegistryPrefill(
            CivilRegistry civil, TaxRegistry tax, SocialSecurityRegistry socialSecurity, HealthRegistry health) {
        this.civil = civil;
        this.tax = tax;
        this.socialSecurity = socialSecurity;
        this.health = health;
    }

    /** Whether the shop reads this agency's registry to prefill a field. */
    static boolean readable(ServiceField field) {
        return field.prefillFrom().filter(READABLE::contains).isPresent();
    }

    /**
     * Reads what {@code fields} need from the registries {@code allowed} admits.
     *
     * @throws InvalidInputException when the deceased's civil ID number typed is not one
     * @throws RegistryUnavailableException when every registry asked failed to answer
     */
    Result read(
            List<ServiceField> fields,
            Predicate<String> allowed,
            String subject,
            Map<String, String> typed,
            String purpose,
            String correlationId) {
        Map<Whom, List<ServiceField>> wanted = new LinkedHashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        Set<String> lockedKeys = new LinkedHashSet<>();
        List<String> fillFirst = new ArrayList<>();
        for (ServiceField field : fields) {
            if (field.prefillLocked()) {
                lockedKeys.add(field.key());
            }
        }
        for (String agency : READABLE) {
            for (ServiceField field : fields) {
                if (!field.prefillFrom().filter(agency::equals).isPresent()
                        || !allowed.test(agency)
                        || !seen.add(field.key())) {
                    continue;
                }
                Optional<String> whose = whose(field, subject, typed);
                if (whose.isEmpty()) {
                    if (!fillFirst.contains(DECEASED_CIVIL_ID)) {
                        fillFirst.add(DECEASED_CIVIL_ID);
                    }
                    continue;
                }
                wanted.computeIfAbsent(new Whom(agency, whose.get()), key -> new ArrayList<>())
                        .add(field);
            }
        }
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> sources = new LinkedHashMap<>();
        Map<String, Set<PersonalData>> lookedUp = new LinkedHashMap<>();
        List<String> unavailable = new ArrayList<>();
        List<String> notKnown = new ArrayList<>();
        RegistryUnavailableException firstFailure = null;
        String partnerNamed = null;
        for (Map.Entry<Whom, List<ServiceField>> ask : wanted.entrySet()) {
            Whom whom = ask.getKey();
            Optional<Filler> found;
            try {
                found = lookUp(whom, subject, typed, purpose, correlationId);
            } catch (RegistryUnavailableException failed) {
                firstFailure = firstFailure == null ? failed : firstFailure;
                if (!unavailable.contains(whom.agency())) {
                    unavailable.add(whom.agency());
                }
                continue;
            }
            lookedUp.computeIfAbsent(whom.civilId(), civilId -> EnumSet.noneOf(PersonalData.class))
                    .addAll(dataOf(whom.agency()));
            if (found.isEmpty()) {
                if (!notKnown.contains(whom.agency())) {
                    notKnown.add(whom.agency());
                }
                continue;
            }
            for (ServiceField field : ask.getValue()) {
                found.get().valueOf(field.key()).ifPresent(value -> {
                    values.put(field.key(), value);
                    sources.put(field.key(), whom.agency());
                });
            }
            if (found.get().partner() != null
                    && values.containsValue(found.get().partner())) {
                partnerNamed = found.get().partner();
            }
        }
        if (firstFailure != null && lookedUp.isEmpty()) {
            throw firstFailure;
        }
        Set<String> locked = new LinkedHashSet<>(lockedKeys);
        locked.retainAll(values.keySet());
        return new Result(
                values,
                sources,
                locked,
                lookedUp,
                List.copyOf(unavailable),
                List.copyOf(notKnown),
                List.copyOf(fillFirst),
                partnerNamed);
    }

    /** The person a field is about: the deceased typed in the form, or the consent's subject. */
    private static Optional<String> whose(ServiceField field, String subject, Map<String, String> typed) {
        if (!field.key().startsWith(DECEASED + ".")) {
            return Optional.of(subject);
        }
        String deceased = typed.get(DECEASED_CIVIL_ID);
        if (deceased == null || deceased.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(CivilIdNumber.of(deceased.strip()).value());
        } catch (InvalidInputException notOne) {
            throw new InvalidInputException(
                    DECEASED_CIVIL_ID,
                    notOne.messageKey(),
                    notOne.getMessage(),
                    notOne.arguments().toArray());
        }
    }

    /** A person's record at one registry, as the values it gives form fields. */
    private interface Filler {
        Optional<String> valueOf(String key);

        /** The partner's civil ID number the record names, if any. */
        default String partner() {
            return null;
        }
    }

    private Optional<Filler> lookUp(
            Whom whom, String subject, Map<String, String> typed, String purpose, String correlationId) {
        String civilId = whom.civilId();
        return switch (whom.agency()) {
            case "IRN" ->
                civil.lookUp(civilId, purpose, correlationId).map(record -> new Filler() {
                    @Override
                    public Optional<String> valueOf(String key) {
                        return civilValue(key, record, subject, typed);
                    }

                    @Override
                    public String partner() {
                        return record.partnerCivilId();
                    }
                });
            case "AT" ->
                tax.lookUp(civilId, purpose, correlationId).map(taxpayer -> key -> switch (leaf(key)) {
                    case "nif" -> Optional.of(taxpayer.nif());
                    case "incomeBracket" -> Optional.of(String.valueOf(taxpayer.incomeBracket()));
                    default -> Optional.empty();
                });
            case "ISS" ->
                socialSecurity
                        .lookUp(civilId, purpose, correlationId)
                        .map(beneficiary ->
                                key -> "niss".equals(leaf(key)) ? Optional.of(beneficiary.niss()) : Optional.empty());
            case "SNS" ->
                health.lookUp(civilId, purpose, correlationId)
                        .map(user -> key ->
                                "snsNumber".equals(leaf(key)) ? Optional.of(user.snsNumber()) : Optional.empty());
            default -> throw new IllegalArgumentException("The shop reads no registry of " + whom.agency());
        };
    }

    /**
     * The value of a form field from the citizen's civil record: the address, the marital status, and, for a pair of
     * parents' civil ID fields where the citizen typed his own in one, his partner's in the other.
     */
    private static Optional<String> civilValue(
            String key, CivilRegistry.Record record, String subject, Map<String, String> typed) {
        switch (leaf(key)) {
            case "address":
                return Optional.ofNullable(record.address());
            case "maritalStatus":
                return Optional.ofNullable(record.maritalStatus());
            case "civilId":
                if (subject.equals(strip(typed.get(key)))) {
                    return Optional.of(subject);
                }
                boolean otherIsSubject = typed.entrySet().stream()
                        .anyMatch(entry -> !entry.getKey().equals(key)
                                && entry.getKey().endsWith(".civilId")
                                && subject.equals(strip(entry.getValue())));
                return otherIsSubject ? Optional.ofNullable(record.partnerCivilId()) : Optional.empty();
            default:
                return Optional.empty();
        }
    }

    /** The kinds of data a lookup at an agency reads. */
    static Set<PersonalData> dataOf(String agency) {
        return switch (agency) {
            case "IRN" ->
                EnumSet.of(PersonalData.IDENTITY, PersonalData.BIRTH_DATE, PersonalData.ADDRESS, PersonalData.FAMILY);
            case "AT" -> EnumSet.of(PersonalData.IDENTITY, PersonalData.INCOME);
            default -> EnumSet.of(PersonalData.IDENTITY);
        };
    }

    private static String leaf(String key) {
        return key.substring(key.lastIndexOf('.') + 1);
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }
}
