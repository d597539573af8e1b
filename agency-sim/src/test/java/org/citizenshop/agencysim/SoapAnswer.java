package org.citizenshop.agencysim;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** A SOAP answer of the tax authority, read by namespace as a client would. */
final class SoapAnswer {

    static final String SOAP_NS = "http://schemas.xmlsoap.org/soap/envelope/";
    static final String AT_NS = "urn:pt:at:citizenshop:tax:v1";

    private final Document document;

    private SoapAnswer(Document document) {
        this.document = document;
    }

    static SoapAnswer of(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return new SoapAnswer(
                    factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
        } catch (Exception e) {
            throw new AssertionError("Not XML: " + xml, e);
        }
    }

    String reference() {
        return text(AT_NS, "reference");
    }

    Map<String, String> outputs() {
        Map<String, String> outputs = new LinkedHashMap<>();
        NodeList nodes = document.getElementsByTagNameNS(AT_NS, "output");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element output = (Element) nodes.item(i);
            outputs.put(output.getAttribute("name"), output.getTextContent());
        }
        return outputs;
    }

    /** {@code soapenv:Client} or {@code soapenv:Server}; null when the answer is no fault. */
    String faultCode() {
        return text("", "faultcode");
    }

    String rejectionCode() {
        return text(AT_NS, "code");
    }

    String rejectionReason() {
        return text(AT_NS, "reason");
    }

    /** The issued document of a SubmitResponse (its attributes and base64 text); null when there is none. */
    Element document() {
        NodeList nodes = document.getElementsByTagNameNS(AT_NS, "document");
        return nodes.getLength() == 0 ? null : (Element) nodes.item(0);
    }

    private String text(String namespace, String localName) {
        NodeList nodes = namespace.isEmpty()
                ? document.getElementsByTagName(localName)
                : document.getElementsByTagNameNS(namespace, localName);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
    }
}
