package org.citizenshop.integration.sns;

import ca.uhn.fhir.parser.DataFormatException;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citizenshop.application.TaskDispatch;
import org.citizenshop.integration.delivery.PermanentAgencyException;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Patient;

/**
 * What the health service is asked for one task: the HTTP method, the conditional part (the
 * {@code If-None-Exist} of a create, or the search of an update) and the {@code Patient} it sends.
 */
record PatientRequest(String method, String condition, Patient patient) {

    private static final Pattern POSTAL_CODE = Pattern.compile("\\b\\d{4}-\\d{3}\\b");

    static PatientRequest of(TaskDispatch task) {
        Map<String, String> fields = task.fields();
        try {
            return switch (task.service()) {
                case "SNS-REGISTER" -> register(task, required(task, "child.civilId"), fields);
                case "SNS-ADDRESS" -> newAddress(task, fields);
                case "SNS-DEATH" -> death(task, required(task, "deceased.snsNumber"), fields);
                default -> throw new PermanentAgencyException("The health service has no service " + task.service());
            };
        } catch (DataFormatException | IllegalArgumentException e) {
            throw new PermanentAgencyException(
                    "Task " + task.key() + " holds a value FHIR cannot carry: " + e.getMessage(), e);
        }
    }

    /** Conditional create: the registry creates the patient unless one with the civil ID exists. */
    private static PatientRequest register(TaskDispatch task, String civilId, Map<String, String> fields) {
        Patient patient = identified(task, SnsFhir.CIVIL_ID, civilId);
        String givenNames = fields.get("child.givenNames");
        String surnames = fields.get("child.surnames");
        if (givenNames != null || surnames != null) {
            HumanName name = patient.addName().setFamily(surnames);
            if (givenNames != null) {
                Arrays.stream(givenNames.strip().split("\\s+")).forEach(name::addGiven);
            }
        }
        if (fields.get("child.birthDate") != null) {
            patient.setBirthDateElement(new DateType(fields.get("child.birthDate")));
        }
        if (fields.get("child.sex") != null) {
            patient.setGender(gender(fields.get("child.sex")));
        }
        address(patient, fields.get("address"));
        return new PatientRequest("POST", "identifier=" + SnsFhir.CIVIL_ID + "|" + civilId, patient);
    }

    /** Conditional update of the applicant's record, found by the civil ID. */
    private static PatientRequest newAddress(TaskDispatch task, Map<String, String> fields) {
        String civilId = task.applicantCivilId();
        if (civilId == null) {
            throw new PermanentAgencyException("A change of address needs an identified applicant");
        }
        Patient patient = identified(task, SnsFhir.CIVIL_ID, civilId);
        address(patient, fields.get("address"));
        return new PatientRequest("PUT", "identifier=" + SnsFhir.CIVIL_ID + "|" + civilId, patient);
    }

    /** Conditional update of the deceased's record, found by the SNS number the service asks for. */
    private static PatientRequest death(TaskDispatch task, String snsNumber, Map<String, String> fields) {
        Patient patient = identified(task, SnsFhir.SNS_NUMBER, snsNumber);
        patient.setDeceased(new DateTimeType(required(task, "deceased.deathDate")));
        return new PatientRequest("PUT", "identifier=" + SnsFhir.SNS_NUMBER + "|" + snsNumber, patient);
    }

    private static Patient identified(TaskDispatch task, String system, String value) {
        Patient patient = new Patient();
        patient.addIdentifier().setSystem(system).setValue(value);
        patient.addIdentifier().setSystem(SnsFhir.REQUEST_KEY).setValue(task.key());
        return patient;
    }

    private static void address(Patient patient, String line) {
        if (line == null) {
            return;
        }
        Address address = patient.addAddress().setText(line);
        Matcher postalCode = POSTAL_CODE.matcher(line);
        if (postalCode.find()) {
            address.setPostalCode(postalCode.group());
        }
    }

    private static AdministrativeGender gender(String sex) {
        return switch (sex) {
            case "F" -> AdministrativeGender.FEMALE;
            case "M" -> AdministrativeGender.MALE;
            default -> AdministrativeGender.UNKNOWN;
        };
    }

    private static String required(TaskDispatch task, String field) {
        String value = task.fields().get(field);
        if (value == null || value.isBlank()) {
            throw new PermanentAgencyException(task.service() + " task " + task.key() + " has no " + field);
        }
        return value;
    }
}
