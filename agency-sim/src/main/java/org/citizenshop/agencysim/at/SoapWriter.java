package org.citizenshop.agencysim.at;

import java.util.Map;
import org.citizenshop.agencysim.common.Decision;
import org.citizenshop.agencysim.common.IssuedDocument;
import org.citizenshop.agencysim.common.Outcome;

/**
 * Writes the SOAP 1.1 answers: {@code at:SubmitResponse} for a completion, a Client fault with an
 * {@code at:Rejection} detail for a refusal, a Server fault for a failure worth retrying. Rendering is a pure function
 * of its input, so a replay is byte for byte the first answer.
 */
final class SoapWriter {

    static final String CONTENT_TYPE = "text/xml; charset=utf-8";

    private static final String OPEN = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<soapenv:Envelope xmlns:soapenv=\"" + SoapReader.SOAP_NS + "\" xmlns:at=\"" + SoapReader.AT_NS + "\">"
            + "<soapenv:Body>";
    private static final String CLOSE = "</soapenv:Body></soapenv:Envelope>";

    private SoapWriter() {}

    static String response(Outcome.Completed completed) {
        StringBuilder xml = new StringBuilder(OPEN).append("<at:SubmitResponse>");
        element(xml, "at:reference", completed.agencyReference());
        for (Map.Entry<String, String> output : completed.outputs().entrySet()) {
            xml.append("<at:output name=\"")
                    .append(escape(output.getKey()))
                    .append("\">")
                    .append(escape(output.getValue()))
                    .append("</at:output>");
        }
        if (completed.document() != null) {
            document(xml, completed.document());
        }
        return xml.append("</at:SubmitResponse>").append(CLOSE).toString();
    }

    /** The issued document inline, its bytes as xsd:base64Binary and what describes them as attributes. */
    private static void document(StringBuilder xml, IssuedDocument document) {
        xml.append("<at:document fileName=\"")
                .append(escape(document.fileName()))
                .append("\" contentType=\"")
                .append(escape(document.contentType()))
                .append("\" size=\"")
                .append(document.size())
                .append("\" sha256=\"")
                .append(document.sha256())
                .append("\" verificationCode=\"")
                .append(escape(document.verificationCode()))
                .append("\">")
                .append(document.base64())
                .append("</at:document>");
    }

    /** A decision: its response, or its rejection as a Client fault. */
    static String answer(Decision decision) {
        return decision.outcome() instanceof Outcome.Completed completed
                ? response(completed)
                : clientFault(
                        ((Outcome.Refused) decision.outcome()).code(), ((Outcome.Refused) decision.outcome()).reason());
    }

    static String clientFault(String code, String reason) {
        StringBuilder xml = new StringBuilder(OPEN).append("<soapenv:Fault>");
        element(xml, "faultcode", "soapenv:Client");
        element(xml, "faultstring", reason);
        xml.append("<detail><at:Rejection>");
        element(xml, "at:code", code);
        element(xml, "at:reason", reason);
        xml.append("</at:Rejection></detail>");
        return xml.append("</soapenv:Fault>").append(CLOSE).toString();
    }

    static String serverFault(String reason) {
        StringBuilder xml = new StringBuilder(OPEN).append("<soapenv:Fault>");
        element(xml, "faultcode", "soapenv:Server");
        element(xml, "faultstring", reason);
        return xml.append("</soapenv:Fault>").append(CLOSE).toString();
    }

    private static void element(StringBuilder xml, String name, String text) {
        xml.append('<')
                .append(name)
                .append('>')
                .append(escape(text))
                .append("</")
                .append(name)
                .append('>');
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&apos;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
