package org.citizenshop.agencysim.at;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.citizenshop.agencysim.common.IdempotencyKeys;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads a SOAP 1.1 {@code submit} envelope with the JDK's DOM parser, namespace aware and hardened: a document type
 * declaration is refused outright, so no entity (internal or external, XXE or "billion laughs") is ever expanded, and
 * nothing is fetched from outside. Unknown elements are ignored so that callers can evolve first.
 */
final class SoapReader {

    static final String SOAP_NS = "http://schemas.xmlsoap.org/soap/envelope/";
    static final String AT_NS = "urn:pt:at:citizenshop:tax:v1";

    private static final DocumentBuilderFactory FACTORY = hardenedFactory();

    private SoapReader() {}

    /** The key and the request of one envelope; a fault when the envelope itself is not usable. */
    record Envelope(String requestKey, SubmitRequest request) {}

    static Envelope read(byte[] body) throws SoapFault {
        Document document = parse(body);
        Element envelope = document.getDocumentElement();
        if (!is(envelope, SOAP_NS, "Envelope")) {
            throw malformed("The document is not a SOAP 1.1 envelope (" + SOAP_NS + ").");
        }
        Element header = child(envelope, SOAP_NS, "Header");
        Element soapBody = child(envelope, SOAP_NS, "Body");
        if (soapBody == null) {
            throw malformed("The envelope has no soapenv:Body.");
        }
        String key = header == null ? null : text(child(header, AT_NS, "IdempotencyKey"));
        if (key == null) {
            throw new SoapFault(
                    "MISSING_IDEMPOTENCY_KEY", "The soapenv:Header must carry at:IdempotencyKey, the request key.");
        }
        if (!IdempotencyKeys.isValid(key)) {
            throw new SoapFault("INVALID_IDEMPOTENCY_KEY", "at:IdempotencyKey must be 1 to 100 of A-Z, a-z, 0-9, -.");
        }
        Element submit = child(soapBody, AT_NS, "SubmitRequest");
        if (submit == null) {
            throw malformed("The soapenv:Body must hold one at:SubmitRequest.");
        }
        return new Envelope(key, submitRequest(submit));
    }

    private static SubmitRequest submitRequest(Element submit) {
        Map<String, String> fields = new HashMap<>();
        String problem = null;
        for (Element field : children(submit, AT_NS, "field")) {
            String name = field.getAttribute("name").strip();
            if (name.isEmpty()) {
                problem = "Every at:field needs a name attribute.";
            } else if (fields.putIfAbsent(name, field.getTextContent()) != null) {
                problem = "The field " + name + " is given twice.";
            }
        }
        return new SubmitRequest(
                text(child(submit, AT_NS, "service")),
                text(child(submit, AT_NS, "shop")),
                text(child(submit, AT_NS, "caseReference")),
                text(child(submit, AT_NS, "applicantCivilId")),
                fields,
                problem);
    }

    private static Document parse(byte[] body) throws SoapFault {
        try {
            DocumentBuilder builder = FACTORY.newDocumentBuilder();
            builder.setErrorHandler(QUIET);
            // No entity resolution either: a DTD is refused before it could be used, but be explicit.
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("External entities are not allowed");
            });
            return builder.parse(new ByteArrayInputStream(body));
        } catch (SAXException | IOException notXml) {
            String detail = notXml instanceof SAXParseException parse ? " (line " + parse.getLineNumber() + ")" : "";
            throw malformed("The body is not well-formed XML without a document type declaration" + detail + ".");
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's XML parser cannot be configured", e);
        }
    }

    private static DocumentBuilderFactory hardenedFactory() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's XML parser cannot be hardened", e);
        }
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory;
    }

    /** Parse errors become one fault; nothing goes to stderr. */
    private static final ErrorHandler QUIET = new ErrorHandler() {
        @Override
        public void warning(SAXParseException exception) {}

        @Override
        public void error(SAXParseException exception) throws SAXException {
            throw exception;
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
            throw exception;
        }
    };

    private static boolean is(Node node, String namespace, String localName) {
        return node != null
                && node.getNodeType() == Node.ELEMENT_NODE
                && namespace.equals(node.getNamespaceURI())
                && localName.equals(node.getLocalName());
    }

    private static Element child(Element parent, String namespace, String localName) {
        List<Element> found = children(parent, namespace, localName);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String namespace, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (is(node, namespace, localName)) {
                found.add((Element) node);
            }
        }
        return found;
    }

    /** The stripped text of an element; null when absent or blank. */
    private static String text(Element element) {
        if (element == null) {
            return null;
        }
        String text = element.getTextContent().strip();
        return text.isEmpty() ? null : text;
    }

    private static SoapFault malformed(String reason) {
        return new SoapFault("MALFORMED", reason);
    }
}
