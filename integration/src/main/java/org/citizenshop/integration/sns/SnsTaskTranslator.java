package org.citizenshop.integration.sns;

import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import jakarta.enterprise.context.Dependent;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.Message;
import org.citizenshop.application.AgencyDocument;
import org.citizenshop.application.TaskDispatch;
import org.citizenshop.integration.delivery.PermanentAgencyException;
import org.citizenshop.integration.delivery.TaskOutcome;
import org.citizenshop.integration.json.JsonReplies;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;

/**
 * Translates a case task at the health service's edge: the task into a conditional create or update
 * of a FHIR {@code Patient}, the answer ({@code Patient} or {@code OperationOutcome}) into a
 * {@link TaskOutcome} with the service's outputs and, for SNS-REGISTER, the registration proof the
 * Patient carries ({@link SnsDocuments}). Nothing of FHIR passes this class. A reply longer than a
 * Patient with the longest document the shop reads is not parsed at all.
 */
@Dependent
public class SnsTaskTranslator {

    private static final String AGENCY = "Health service";

    /** The exchange property that keeps the task's service for reading the answer. */
    private static final String SERVICE = "CitizenShopSnsService";

    /** Longer replies are not parsed (HAPI decodes the base64 as it parses): no answer of the registry comes near. */
    static final long MAX_REPLY = 64 * 1024 + SnsDocuments.DOCUMENTS.longestContent();

    public void toPatientRequest(Exchange exchange) throws InvalidPayloadException {
        TaskDispatch task = exchange.getMessage().getMandatoryBody(TaskDispatch.class);
        PatientRequest request = PatientRequest.of(task);
        exchange.setProperty(SERVICE, task.service());
        Message message = exchange.getMessage();
        message.removeHeaders("*");
        message.setHeader(Exchange.HTTP_METHOD, request.method());
        message.setHeader(Exchange.CONTENT_TYPE, SnsFhir.MEDIA_TYPE);
        message.setHeader("Accept", SnsFhir.MEDIA_TYPE);
        message.setHeader("Idempotency-Key", task.key());
        if ("POST".equals(request.method())) {
            message.setHeader("If-None-Exist", request.condition());
        } else {
            message.setHeader(Exchange.HTTP_QUERY, query(request.condition()));
        }
        message.setBody(SnsFhir.json().encodeResourceToString(request.patient()).getBytes(StandardCharsets.UTF_8));
    }

    public void toOutcome(Exchange exchange) {
        Message message = exchange.getMessage();
        int status = message.getHeader(Exchange.HTTP_RESPONSE_CODE, 0, Integer.class);
        String body = message.getBody(String.class);
        TaskOutcome outcome =
                switch (status) {
                    case 200, 201 -> completed(exchange.getProperty(SERVICE, String.class), body);
                    case 404, 422 -> rejection(read(body, OperationOutcome.class, null));
                    default ->
                        throw new PermanentAgencyException(
                                AGENCY + " answered with unexpected status " + status + ": " + JsonReplies.clip(body));
                };
        message.removeHeaders("*");
        message.setBody(outcome);
    }

    private static TaskOutcome completed(String service, String body) {
        SnsDocuments.InvalidValues invalid = new SnsDocuments.InvalidValues();
        Patient patient = read(body, Patient.class, invalid);
        AgencyDocument document = SnsDocuments.read(patient, invalid, AGENCY);
        String reference = reference(patient);
        Map<String, String> outputs = new LinkedHashMap<>();
        switch (service) {
            case "SNS-REGISTER" -> {
                outputs.put("child.snsNumber", snsNumber(patient));
                outputs.put("child.healthUnit", healthUnit(patient));
            }
            case "SNS-ADDRESS" -> outputs.put("address.healthUnit", healthUnit(patient));
            case "SNS-DEATH" -> {
                if (!patient.hasDeceased()) {
                    throw new PermanentAgencyException(AGENCY + " answered a death with a patient still alive");
                }
                outputs.put("deceased.snsClosed", reference);
            }
            default -> throw new PermanentAgencyException(AGENCY + " has no service " + service);
        }
        return new TaskOutcome.Completed(reference, outputs, document);
    }

    /** The version of the patient record that this task made (or found): {@code Patient/123/_history/2}. */
    private static String reference(Patient patient) {
        String id = patient.getIdElement().getIdPart();
        if (id == null || id.isBlank()) {
            throw new PermanentAgencyException(AGENCY + " answered a patient without an id");
        }
        String version = patient.getMeta().getVersionId();
        if (version == null) {
            version = patient.getIdElement().getVersionIdPart();
        }
        return "Patient/" + id + (version == null || version.isBlank() ? "" : "/_history/" + version);
    }

    private static String snsNumber(Patient patient) {
        return patient.getIdentifier().stream()
                .filter(identifier -> SnsFhir.SNS_NUMBER.equals(identifier.getSystem()))
                .map(Identifier::getValue)
                .filter(value -> value != null && !value.isBlank())
                .findFirst()
                .orElseThrow(() -> new PermanentAgencyException(AGENCY + " answered a patient without an SNS number"));
    }

    private static String healthUnit(Patient patient) {
        String unit = patient.hasGeneralPractitioner()
                ? patient.getGeneralPractitionerFirstRep().getDisplay()
                : null;
        if (unit == null || unit.isBlank()) {
            throw new PermanentAgencyException(AGENCY + " answered a patient without a family health unit");
        }
        return unit;
    }

    private static TaskOutcome rejection(OperationOutcome answer) {
        if (!answer.hasIssue()) {
            throw new PermanentAgencyException(AGENCY + " answered an operation outcome without an issue");
        }
        OperationOutcome.OperationOutcomeIssueComponent issue = answer.getIssueFirstRep();
        CodeableConcept details = issue.getDetails();
        String code = details.hasCoding() ? details.getCodingFirstRep().getCode() : null;
        if (code == null || code.isBlank()) {
            code = issue.hasCode() ? issue.getCode().toCode() : null;
        }
        if (code == null) {
            throw new PermanentAgencyException(AGENCY + " answered a rejection without a code");
        }
        String reason = details.hasText() ? details.getText() : issue.getDiagnostics();
        return new TaskOutcome.Rejected(code, reason == null || reason.isBlank() ? code : reason);
    }

    /** @param invalid takes note of the values that cannot be parsed; null to refuse the reply for them */
    private static <T extends IBaseResource> T read(String body, Class<T> type, SnsDocuments.InvalidValues invalid) {
        if (body == null || body.isBlank()) {
            throw new PermanentAgencyException(AGENCY + " sent an empty reply");
        }
        if (body.length() > MAX_REPLY) {
            throw new PermanentAgencyException(AGENCY + " sent a reply longer than " + MAX_REPLY + " characters");
        }
        IBaseResource resource;
        try {
            IParser parser = SnsFhir.json();
            if (invalid != null) {
                parser.setParserErrorHandler(invalid);
            }
            resource = parser.parseResource(body);
        } catch (DataFormatException e) {
            throw new PermanentAgencyException(
                    AGENCY + " sent a reply that is not a FHIR resource: " + JsonReplies.clip(body), e);
        }
        if (!type.isInstance(resource)) {
            throw new PermanentAgencyException(AGENCY + " sent a " + resource.fhirType() + " where a "
                    + type.getSimpleName() + " was expected: " + JsonReplies.clip(body));
        }
        return type.cast(resource);
    }

    private static String query(String condition) {
        int equals = condition.indexOf('=');
        return condition.substring(0, equals + 1)
                + URLEncoder.encode(condition.substring(equals + 1), StandardCharsets.UTF_8);
    }
}
