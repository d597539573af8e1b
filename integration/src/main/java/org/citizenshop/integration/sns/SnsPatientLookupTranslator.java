package org.citizenshop.integration.sns;

import ca.uhn.fhir.parser.DataFormatException;
import jakarta.enterprise.context.Dependent;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.Message;
import org.citizenshop.application.port.HealthRegistry;
import org.citizenshop.domain.model.InvalidInputException;
import org.citizenshop.domain.model.citizen.SnsNumber;
import org.citizenshop.integration.delivery.TransientAgencyException;
import org.citizenshop.integration.lookup.LookupQuery;
import org.citizenshop.integration.lookup.RegistryLookup;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;

/**
 * Translates a patient lookup at the health service's edge: the query into a FHIR search {@code GET
 * Patient?identifier=urn:pt:irn:civil-id|<civilId>}, the searchset Bundle into a {@link HealthRegistry.User} with the
 * Patient's SNS number, empty when the Bundle is. An answer that cannot be trusted (not FHIR, not a Bundle, more than
 * one patient, another person, no valid SNS number) is unavailable with a short reason; "not now" statuses are
 * {@link TransientAgencyException}. Nothing of FHIR passes this class.
 */
@Dependent
public class SnsPatientLookupTranslator {

    static final String AGENCY = "SNS";
    static final RegistryLookup LOOKUP = new RegistryLookup(
            AGENCY, SnsPatientLookupRoute.ENDPOINT, Logger.getLogger(SnsHealthRegistry.class.getName()));

    /** A search's Bundle with one Patient is a few kilobytes; anything much larger is not one. */
    static final int MAX_ANSWER_LENGTH = 64 * 1024;

    private static final String ASKED_FOR = "CitizenShopLookupCivilId";

    public void toSearch(Exchange exchange) throws InvalidPayloadException {
        LookupQuery query = exchange.getMessage().getMandatoryBody(LookupQuery.class);
        exchange.setProperty(ASKED_FOR, query.civilId());
        Message message = exchange.getMessage();
        message.removeHeaders("*");
        message.setHeader(Exchange.HTTP_METHOD, "GET");
        message.setHeader(
                Exchange.HTTP_QUERY,
                "identifier=" + URLEncoder.encode(SnsFhir.CIVIL_ID + "|" + query.civilId(), StandardCharsets.UTF_8));
        message.setHeader("Accept", SnsFhir.MEDIA_TYPE);
        message.setHeader(LookupQuery.CORRELATION_ID_HEADER, query.correlationId());
        message.setHeader(LookupQuery.PURPOSE_HEADER, query.purpose());
        message.setBody(null);
    }

    public void toUser(Exchange exchange) {
        Message message = exchange.getMessage();
        int status = message.getHeader(Exchange.HTTP_RESPONSE_CODE, 0, Integer.class);
        String body = message.getBody(String.class);
        if (status == 408 || status == 429 || status >= 500) {
            throw new TransientAgencyException("it answered HTTP " + status);
        }
        if (status != 200) {
            throw LOOKUP.unavailable(
                    "it refused the lookup: HTTP " + status
                            + codeIn(body).map(code -> " " + code).orElse(""),
                    null);
        }
        Optional<HealthRegistry.User> user =
                user(read(body, Bundle.class), exchange.getProperty(ASKED_FOR, String.class));
        message.removeHeaders("*");
        message.setBody(user);
    }

    private static Optional<HealthRegistry.User> user(Bundle bundle, String askedFor) {
        List<Patient> patients = bundle.getEntry().stream()
                .map(Bundle.BundleEntryComponent::getResource)
                .filter(Patient.class::isInstance)
                .map(Patient.class::cast)
                .toList();
        if (patients.size() != bundle.getEntry().size()) {
            throw LOOKUP.unavailable("its answer holds something else than patients", null);
        }
        if (patients.isEmpty()) {
            return Optional.empty();
        }
        if (patients.size() > 1) {
            throw LOOKUP.unavailable("its answer holds more than one patient", null);
        }
        Patient patient = patients.get(0);
        if (!identifiers(patient, SnsFhir.CIVIL_ID).equals(List.of(askedFor))) {
            throw LOOKUP.unavailable("its answer is about another person", null);
        }
        List<String> snsNumbers = identifiers(patient, SnsFhir.SNS_NUMBER);
        if (snsNumbers.size() != 1) {
            throw LOOKUP.unavailable("its answer's patient has no single SNS number", null);
        }
        try {
            return Optional.of(new HealthRegistry.User(
                    askedFor, SnsNumber.of(snsNumbers.get(0)).value()));
        } catch (InvalidInputException notOne) {
            // Not chained: its message repeats the number.
            throw LOOKUP.unavailable("its answer's SNS number fails its rule", null);
        }
    }

    private static List<String> identifiers(Patient patient, String system) {
        return patient.getIdentifier().stream()
                .filter(identifier -> system.equals(identifier.getSystem()))
                .map(Identifier::getValue)
                .map(value -> value == null ? "" : value)
                .toList();
    }

    private static <T extends IBaseResource> T read(String body, Class<T> type) {
        if (body == null || body.isBlank()) {
            throw LOOKUP.unavailable("its answer is empty", null);
        }
        if (body.length() > MAX_ANSWER_LENGTH) {
            throw LOOKUP.unavailable("its answer is too large to be a search's", null);
        }
        IBaseResource resource;
        try {
            resource = SnsFhir.json().parseResource(body);
        } catch (DataFormatException e) {
            throw LOOKUP.unavailable("its answer is not a FHIR resource", e);
        }
        if (!type.isInstance(resource)) {
            throw LOOKUP.unavailable("its answer is not a " + type.getSimpleName(), null);
        }
        return type.cast(resource);
    }

    /** The registry's own code in an OperationOutcome, when the answer is one. */
    private static Optional<String> codeIn(String body) {
        if (body == null || body.isBlank() || body.length() > MAX_ANSWER_LENGTH) {
            return Optional.empty();
        }
        try {
            IBaseResource resource = SnsFhir.json().parseResource(body);
            if (resource instanceof OperationOutcome outcome && outcome.hasIssue()) {
                return outcome.getIssueFirstRep().getDetails().getCoding().stream()
                        .map(coding -> coding.getCode())
                        .filter(code -> code != null && code.matches("[A-Z][A-Z0-9_]{0,39}"))
                        .findFirst();
            }
            return Optional.empty();
        } catch (DataFormatException notFhir) {
            // An answer that is not FHIR has no code to name; the status says enough.
            return Optional.empty();
        }
    }
}
