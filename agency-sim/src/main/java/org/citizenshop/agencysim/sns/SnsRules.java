package org.citizenshop.agencysim.sns;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.citizenshop.agencysim.common.Address;
import org.citizenshop.agencysim.common.IssuedDocument;
import org.citizenshop.agencysim.common.Json;
import org.citizenshop.agencysim.common.NumberIssuer;
import org.citizenshop.agencysim.common.Rejected;

/**
 * The registry's decisions: SNS-REGISTER as a conditional create, SNS-ADDRESS and SNS-DEATH as conditional updates.
 * Decisions run one at a time, so that two keys cannot register one civil ID number twice.
 */
final class SnsRules {

    static final String REGISTER = "SNS-REGISTER";
    static final String ADDRESS = "SNS-ADDRESS";
    static final String DEATH = "SNS-DEATH";

    static final String UNKNOWN_PATIENT = "UNKNOWN_PATIENT";
    static final String PATIENT_DECEASED = "PATIENT_DECEASED";

    /** Above the seeded users' numbers. */
    static final long FIRST_SNS_NUMBER = 700_000_001L;

    private final Clock clock;
    private final PatientRegistry registry;
    private final NumberIssuer snsNumbers = NumberIssuer.snsNumbers(FIRST_SNS_NUMBER);
    private final SnsDocuments documents = new SnsDocuments();

    SnsRules(Clock clock, PatientRegistry registry) {
        this.clock = clock;
        this.registry = registry;
    }

    /**
     * {@code POST Patient}: 201 with the new patient, or 200 with the patient the condition (else the resource's civil
     * ID number) already finds; either way with the registration proof, issued once for this key.
     */
    synchronized SnsResult create(String key, FhirCall call) {
        Instant now = now();
        JsonNode resource = call.resource();
        try {
            PatientReader.requirePatient(resource);
            String civilId = PatientReader.civilId(resource);
            Condition condition = new Condition(Fhir.CIVIL_ID_SYSTEM, civilId);
            if (call.condition() != null) {
                condition = Condition.ofQuery(call.condition());
                if (condition.system().equals(Fhir.CIVIL_ID_SYSTEM)
                        && !condition.value().equals(civilId)) {
                    throw new Rejected(
                            Rejected.INVALID_REQUEST,
                            "If-None-Exist names civil ID number " + condition.value() + " but the Patient " + civilId
                                    + ".");
                }
            }
            Optional<ObjectNode> existing = registry.find(condition);
            if (existing.isPresent()) {
                return registered(key, 200, existing.get(), now);
            }
            Address address = PatientReader.address(resource);
            Optional<LocalDate> birthDate = PatientReader.birthDate(resource, LocalDate.now(clock));
            Optional<String> gender = PatientReader.gender(resource);
            ObjectNode patient = PatientResources.newPatient(snsNumbers.next(), resource.get("identifier"), now);
            JsonNode name = resource.get("name");
            if (name != null && name.isArray()) {
                patient.set("name", name.deepCopy());
            }
            gender.ifPresent(value -> patient.put("gender", value));
            birthDate.ifPresent(value -> patient.put("birthDate", value.toString()));
            PatientResources.moveTo(patient, address, HealthUnits.of(address));
            ObjectNode saved = PatientResources.ordered(patient);
            registry.save(civilId, saved);
            return registered(key, 201, saved, now);
        } catch (Rejected rejected) {
            return rejection(key, REGISTER, rejected, now);
        }
    }

    /** {@code PUT Patient?identifier=}: a new address (SNS-ADDRESS) or the date of death (SNS-DEATH). */
    synchronized SnsResult update(String key, FhirCall call) {
        Instant now = now();
        JsonNode resource = call.resource();
        boolean death = PatientReader.hasDeceasedDateTime(resource);
        String service = death ? DEATH : ADDRESS;
        try {
            PatientReader.requirePatient(resource);
            if (death == PatientReader.hasAddress(resource)) {
                throw new Rejected(
                        Rejected.INVALID_REQUEST,
                        "The Patient must carry either a new address or deceasedDateTime: one change at a time.");
            }
            Condition condition = Condition.ofIdentifier(call.condition());
            ObjectNode patient = registry.find(condition)
                    .orElseThrow(() -> new Rejected(
                            UNKNOWN_PATIENT, "No health service user is registered with " + condition + "."));
            if (patient.has("deceasedDateTime")) {
                throw new Rejected(
                        PATIENT_DECEASED,
                        "The registration of SNS user " + PatientResources.snsNumber(patient) + " is closed: the user"
                                + " died on " + patient.get("deceasedDateTime").asText() + ".");
            }
            if (death) {
                patient.put("deceasedDateTime", PatientReader.deceasedDateTime(resource, now, clock.getZone()));
                patient.put("active", false);
            } else {
                Address address = PatientReader.address(resource);
                PatientResources.moveTo(patient, address, HealthUnits.of(address));
            }
            ObjectNode saved = PatientResources.nextVersion(patient, now);
            String civilId = PatientReader.civilId(saved);
            registry.save(civilId, saved);
            return patient(key, service, 200, saved, now);
        } catch (Rejected rejected) {
            return rejection(key, service, rejected, now);
        }
    }

    /** The registered patient with its registration proof; the proof is only in this answer, not in the registry. */
    private SnsResult registered(String key, int status, ObjectNode patient, Instant now) throws Rejected {
        String reference =
                "Patient/" + PatientResources.snsNumber(patient) + "/_history/" + PatientResources.version(patient);
        IssuedDocument proof = documents.registrationProof(patient, reference, now);
        return patient(key, REGISTER, status, patient, SnsDocuments.withProof(patient, proof, now), now);
    }

    private static SnsResult patient(String key, String service, int status, ObjectNode patient, Instant now) {
        return patient(key, service, status, patient, patient, now);
    }

    private static SnsResult patient(
            String key, String service, int status, ObjectNode patient, ObjectNode answer, Instant now) {
        String id = PatientResources.snsNumber(patient);
        String version = PatientResources.version(patient);
        return new SnsResult(
                key,
                service,
                status,
                Json.write(answer),
                SnsRoutes.BASE + "/Patient/" + id + "/_history/" + version,
                version,
                null,
                "Patient/" + id,
                now);
    }

    private static SnsResult rejection(String key, String service, Rejected rejected, Instant now) {
        int status = UNKNOWN_PATIENT.equals(rejected.code()) ? 404 : 422;
        String body = Json.write(Fhir.outcome(Fhir.issueCodeOf(rejected.code()), rejected.code(), rejected.reason()));
        return new SnsResult(key, service, status, body, null, null, rejected.code(), null, now);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
