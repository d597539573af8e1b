package org.citizenshop.agencysim.at;

/**
 * A request refused before any decision: not XML, not a SOAP 1.1 envelope, no usable key, or a key reused. Answered as
 * a Client fault and never recorded, so the same key can still be used for a readable request.
 */
final class SoapFault extends Exception {

    private final String code;

    SoapFault(String code, String reason) {
        super(reason, null, false, false);
        this.code = code;
    }

    String code() {
        return code;
    }
}
