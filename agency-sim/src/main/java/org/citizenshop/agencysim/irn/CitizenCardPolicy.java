package org.citizenshop.agencysim.irn;

/** The civil registry's business checks on a well-formed citizen card request. */
final class CitizenCardPolicy {

    private final CivilRegistry registry;

    CitizenCardPolicy(CivilRegistry registry) {
        this.registry = registry;
    }

    void check(CitizenCardRequest request) throws RequestRejected {
        String documentNumber = request.documentNumber();
        if (documentNumber == null) {
            if (request.reason().needsCurrentCard()) {
                throw new RequestRejected(
                        RejectionCode.DOCUMENT_REQUIRED,
                        "A " + request.reason() + " needs the number of the citizen's current card.");
            }
        } else if (!CitizenCardNumber.isValid(documentNumber)) {
            throw new RequestRejected(
                    RejectionCode.INVALID_DOCUMENT,
                    "The citizen card number is not 12 characters with valid check characters.");
        } else if (!CitizenCardNumber.civilIdNumberOf(documentNumber).equals(request.civilIdNumber())) {
            throw new RequestRejected(
                    RejectionCode.INVALID_DOCUMENT,
                    "The citizen card number belongs to another civil identification number.");
        }
        if (registry.find(request.civilIdNumber()).isEmpty()) {
            throw new RequestRejected(
                    RejectionCode.UNKNOWN_CITIZEN,
                    "No citizen with civil identification number " + request.civilIdNumber() + " is registered.");
        }
    }
}
