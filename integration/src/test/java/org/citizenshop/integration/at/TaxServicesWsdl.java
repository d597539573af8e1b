package org.citizenshop.integration.at;

import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.citizenshop.integration.testing.ScriptedAgency;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The tax authority's WSDL in tests: a copy of the one the simulator serves (agency-sim, at/tax-services.wsdl)
 * under agency/at/; its schema checks messages both ways.
 */
final class TaxServicesWsdl {

    private TaxServicesWsdl() {}

    /** Parses a trusted document (a test's own sample, or what the route sent). */
    static Document parse(String xml) throws ParserConfigurationException, IOException, SAXException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    /** Validates one element of the contract (a SubmitRequest, a SubmitResponse, a Rejection). */
    static void validate(Element element) throws ParserConfigurationException, IOException, SAXException {
        Document wsdl = parse(ScriptedAgency.sample("at", "tax-services.wsdl"));
        Element schema = (Element) wsdl.getElementsByTagNameNS(XMLConstants.W3C_XML_SCHEMA_NS_URI, "schema")
                .item(0);
        // The schema's QNames (at:NamedValue) use prefixes declared on wsdl:definitions: give them to the schema.
        NamedNodeMap declarations = wsdl.getDocumentElement().getAttributes();
        for (int i = 0; i < declarations.getLength(); i++) {
            Attr declaration = (Attr) declarations.item(i);
            if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(declaration.getNamespaceURI())
                    && !schema.hasAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, declaration.getLocalName())) {
                schema.setAttributeNS(
                        XMLConstants.XMLNS_ATTRIBUTE_NS_URI, declaration.getName(), declaration.getValue());
            }
        }
        Validator validator = SchemaFactory.newDefaultInstance()
                .newSchema(new DOMSource(schema))
                .newValidator();
        validator.validate(new DOMSource(element));
    }

    static Element first(Document document, String localName) {
        return (Element)
                document.getElementsByTagNameNS(TaxSoap.TAX_NS, localName).item(0);
    }
}
