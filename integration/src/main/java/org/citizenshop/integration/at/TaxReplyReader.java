package org.citizenshop.integration.at;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.citizenshop.integration.delivery.PermanentAgencyException;
import org.citizenshop.integration.json.JsonReplies;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads the tax authority's SOAP replies with a parser that refuses any document type declaration,
 * so that an answer can never make the shop expand entities or fetch files and URLs (XXE); such an
 * answer, like any that is not well-formed, cannot be read.
 */
final class TaxReplyReader {

    /** Report problems by exception, never on standard error. */
    private static final ErrorHandler FAIL_ON_ERROR = new ErrorHandler() {
        @Override
        public void warning(SAXParseException exception) {
            // A warning does not make the reply unreadable.
        }

        @Override
        public void error(SAXParseException exception) throws SAXException {
            throw exception;
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
            throw exception;
        }
    };

    private TaxReplyReader() {}

    /** The first element in the SOAP body of the reply. */
    static Element bodyContent(String reply) {
        Element envelope = parse(reply).getDocumentElement();
        if (!is(envelope, TaxSoap.ENVELOPE_NS, "Envelope")) {
            throw unreadable("the reply is not a SOAP 1.1 envelope", reply);
        }
        Element body = child(envelope, TaxSoap.ENVELOPE_NS, "Body");
        Element content = body == null ? null : firstElement(body);
        if (content == null) {
            throw unreadable("the SOAP body is empty", reply);
        }
        return content;
    }

    static boolean is(Element element, String namespace, String localName) {
        return namespace.equals(element.getNamespaceURI()) && localName.equals(element.getLocalName());
    }

    /** The first child element of that name; {@code namespace} null for SOAP 1.1's unqualified fault parts. */
    static Element child(Element parent, String namespace, String localName) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element
                    && localName.equals(element.getLocalName())
                    && (namespace == null
                            ? element.getNamespaceURI() == null
                            : namespace.equals(element.getNamespaceURI()))) {
                return element;
            }
        }
        return null;
    }

    static List<Element> children(Element parent, String namespace, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element
                    && localName.equals(element.getLocalName())
                    && namespace.equals(element.getNamespaceURI())) {
                found.add(element);
            }
        }
        return found;
    }

    /** The trimmed text of a child element, or null when there is none or it is blank. */
    static String text(Element parent, String namespace, String localName) {
        Element element = child(parent, namespace, localName);
        if (element == null) {
            return null;
        }
        String text = element.getTextContent().strip();
        return text.isEmpty() ? null : text;
    }

    static PermanentAgencyException unreadable(String why, String reply) {
        return new PermanentAgencyException(
                "Tax authority sent a reply that cannot be read (" + why + "): " + JsonReplies.clip(reply));
    }

    private static Element firstElement(Element parent) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                return element;
            }
        }
        return null;
    }

    private static Document parse(String reply) {
        if (reply == null || reply.isBlank()) {
            throw new PermanentAgencyException("Tax authority sent an empty reply");
        }
        try {
            DocumentBuilder builder = hardenedFactory().newDocumentBuilder();
            builder.setErrorHandler(FAIL_ON_ERROR);
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity " + systemId + " refused");
            });
            return builder.parse(new InputSource(new StringReader(reply)));
        } catch (SAXException e) {
            throw unreadable(e.getMessage(), reply);
        } catch (IOException | ParserConfigurationException e) {
            throw new PermanentAgencyException("Tax authority reply could not be parsed: " + e.getMessage(), e);
        }
    }

    /** The JDK's own parser, whatever the server installs, with every way to reach outside closed. */
    private static DocumentBuilderFactory hardenedFactory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory;
    }
}
