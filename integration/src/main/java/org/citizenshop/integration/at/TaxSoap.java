package org.citizenshop.integration.at;

/** Names of the tax authority's SOAP contract (its WSDL at {@code /at/ws/tax-services?wsdl}). */
final class TaxSoap {

    static final String ENVELOPE_NS = "http://schemas.xmlsoap.org/soap/envelope/";
    static final String TAX_NS = "urn:pt:at:citizenshop:tax:v1";
    static final String SOAP_ACTION = "\"urn:pt:at:citizenshop:tax:v1:submit\"";
    static final String CONTENT_TYPE = "text/xml; charset=utf-8";

    private TaxSoap() {}
}
