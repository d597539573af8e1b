package org.citizenshop.domain.model.catalogue;

import java.io.Serializable;
import java.util.List;
import org.citizenshop.domain.model.InvalidInputException;

/**
 * The service's terms: how the citizen must be identified at least, how long the agency takes
 * (its SLA, the clock of each case step), the law it rests on, and the integration route (the
 * connector) that carries it to the agency's back office ("desk" when the clerk does it by hand).
 */
public record ServiceTerms(
        IdentificationLevel minimumIdentification, int slaAmount, SlaUnit slaUnit, String legalBasis, String connector)
        implements Serializable {

    /** How strongly the citizen must be identified: logged in (kiosk, web), or with a document shown at a desk. */
    public enum IdentificationLevel {
        AUTHENTICATED,
        PRESENTED_DOCUMENT
    }

    public enum SlaUnit {
        IMMEDIATE,
        HOURS,
        WORKING_DAYS,
        CALENDAR_DAYS
    }

    /** The connectors the integration layer has, one per agency back-office shape. */
    public static final List<String> CONNECTORS =
            List.of("desk", "irn-rest", "at-soap", "iss-batch", "sns-fhir", "imt-jms", "cml-webhook");

    /** What a proposed service starts with until its agency says otherwise. */
    public static final ServiceTerms DEFAULT =
            new ServiceTerms(IdentificationLevel.PRESENTED_DOCUMENT, 5, SlaUnit.WORKING_DAYS, "", "desk");

    public ServiceTerms {
        if (minimumIdentification == null) {
            throw new InvalidInputException(
                    "minimumIdentification", "catalogue.identificationRequired", "Say how the citizen is identified");
        }
        if (slaUnit == null) {
            throw new InvalidInputException("slaUnit", "catalogue.slaRequired", "Say how long the agency takes");
        }
        if (slaAmount < 0 || slaAmount > 365 || (slaUnit == SlaUnit.IMMEDIATE && slaAmount != 0)) {
            throw new InvalidInputException(
                    "slaAmount", "catalogue.slaRange", "The SLA is 0 to 365 (0 when immediate)", 365);
        }
        legalBasis = legalBasis == null ? "" : legalBasis.strip();
        if (legalBasis.length() > 500) {
            throw new InvalidInputException("legalBasis", "catalogue.tooLong", "legalBasis is too long", 500);
        }
        if (connector == null || !CONNECTORS.contains(connector)) {
            throw new InvalidInputException(
                    "connector",
                    "catalogue.unknownConnector",
                    "No connector " + connector,
                    String.valueOf(connector),
                    String.join(", ", CONNECTORS));
        }
    }

    /** As the history shows it: "5 WORKING_DAYS". */
    public String sla() {
        return slaUnit == SlaUnit.IMMEDIATE ? "IMMEDIATE" : slaAmount + " " + slaUnit;
    }
}
