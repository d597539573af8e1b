package org.citizenshop.integration.at;

import java.io.StringWriter;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.citizenshop.application.TaskDispatch;
import org.citizenshop.integration.delivery.PermanentAgencyException;

/**
 * Writes a case task as the tax authority's SOAP {@code SubmitRequest}, with the task's idempotency
 * key in the SOAP header. The XML writer escapes every value; fields go in key order, so that a task
 * sent again is the same request.
 */
final class SubmitRequestWriter {

    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newDefaultFactory();

    private SubmitRequestWriter() {}

    static String envelope(TaskDispatch task) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = OUTPUT.createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setPrefix("soapenv", TaxSoap.ENVELOPE_NS);
            xml.setPrefix("at", TaxSoap.TAX_NS);
            xml.writeStartElement(TaxSoap.ENVELOPE_NS, "Envelope");
            xml.writeNamespace("soapenv", TaxSoap.ENVELOPE_NS);
            xml.writeNamespace("at", TaxSoap.TAX_NS);
            xml.writeStartElement(TaxSoap.ENVELOPE_NS, "Header");
            element(xml, "IdempotencyKey", task.key());
            xml.writeEndElement();
            xml.writeStartElement(TaxSoap.ENVELOPE_NS, "Body");
            xml.writeStartElement(TaxSoap.TAX_NS, "SubmitRequest");
            element(xml, "service", task.service());
            element(xml, "shop", task.shop());
            element(xml, "caseReference", task.caseReference());
            if (task.applicantCivilId() != null) {
                element(xml, "applicantCivilId", task.applicantCivilId());
            }
            for (Map.Entry<String, String> field : new TreeMap<>(task.fields()).entrySet()) {
                xml.writeStartElement(TaxSoap.TAX_NS, "field");
                xml.writeAttribute("name", xmlText(field.getKey(), field.getKey()));
                xml.writeCharacters(xmlText(field.getKey(), field.getValue()));
                xml.writeEndElement();
            }
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new PermanentAgencyException("The task " + task.key() + " cannot be written as a SOAP request", e);
        }
        return text.toString();
    }

    private static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(TaxSoap.TAX_NS, name);
        xml.writeCharacters(xmlText(name, value));
        xml.writeEndElement();
    }

    /** XML 1.0 cannot carry most control characters, escaped or not: such a value can never be sent. */
    private static String xmlText(String name, String value) {
        String text = value == null ? "" : value;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
            if (!allowed) {
                throw new PermanentAgencyException(
                        "The value of " + name + " holds a control character that XML cannot carry");
            }
        }
        return text;
    }
}
