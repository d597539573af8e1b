package org.citizenshop.integration.at;

import jakarta.enterprise.context.Dependent;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.citizenshop.application.AgencyDocument;
import org.citizenshop.application.TaskDispatch;
import org.citizenshop.integration.delivery.DeliveryProperties;
import org.citizenshop.integration.delivery.DocumentReader;
import org.citizenshop.integration.delivery.PermanentAgencyException;
import org.citizenshop.integration.delivery.TaskOutcome;
import org.citizenshop.integration.delivery.TransientAgencyException;
import org.w3c.dom.Element;

/**
 * Translates a case task at the tax authority's edge: the task into a SOAP {@code SubmitRequest}, the
 * reply into a {@link TaskOutcome}. A {@code SubmitResponse} is a completion with the outputs (and
 * the certificate the authority issued, when it issued one); a
 * client fault is the authority's rejection, with the code and reason of its detail; a server fault
 * (or a 500 without a fault) is "try again later". Nothing of SOAP passes this class.
 */
@Dependent
public class AtTaskTranslator {

    private static final String SOAP_ACTION = "SOAPAction";
    private static final DocumentReader DOCUMENTS = DocumentReader.standard();

    /** The request of the task the exchange carries (kept in a property: a retry sends it again). */
    public void toSubmitRequest(Exchange exchange) {
        TaskDispatch task = exchange.getProperty(DeliveryProperties.TASK, TaskDispatch.class);
        if (task == null) {
            throw new IllegalStateException("a tax authority exchange carries its case task");
        }
        Message message = exchange.getMessage();
        message.removeHeaders("*");
        message.setHeader(Exchange.HTTP_METHOD, "POST");
        message.setHeader(Exchange.CONTENT_TYPE, TaxSoap.CONTENT_TYPE);
        message.setHeader(SOAP_ACTION, TaxSoap.SOAP_ACTION);
        message.setHeader("Accept", "text/xml");
        message.setBody(SubmitRequestWriter.envelope(task).getBytes(StandardCharsets.UTF_8));
    }

    public void toOutcome(Exchange exchange) {
        Message message = exchange.getMessage();
        int status = message.getHeader(Exchange.HTTP_RESPONSE_CODE, 0, Integer.class);
        String reply = message.getBody(String.class);
        TaskOutcome outcome =
                switch (status) {
                    case 200 -> completed(reply);
                    case 500 -> fault(reply);
                    default ->
                        throw new PermanentAgencyException("Tax authority answered with unexpected status " + status);
                };
        message.removeHeaders("*");
        message.setBody(outcome);
    }

    private static TaskOutcome completed(String reply) {
        Element response = TaxReplyReader.bodyContent(reply);
        if (!TaxReplyReader.is(response, TaxSoap.TAX_NS, "SubmitResponse")) {
            throw TaxReplyReader.unreadable("no SubmitResponse", reply);
        }
        String reference = TaxReplyReader.text(response, TaxSoap.TAX_NS, "reference");
        if (reference == null) {
            throw TaxReplyReader.unreadable("a SubmitResponse without a reference", reply);
        }
        Map<String, String> outputs = new LinkedHashMap<>();
        for (Element output : TaxReplyReader.children(response, TaxSoap.TAX_NS, "output")) {
            String name = output.getAttribute("name").strip();
            if (name.isEmpty()) {
                throw TaxReplyReader.unreadable("an output without a name", reply);
            }
            outputs.put(name, output.getTextContent().strip());
        }
        return new TaskOutcome.Completed(reference, outputs, document(response));
    }

    /**
     * The certificate issued with the completion ({@code at:document}: base64 text, its name, type,
     * size, digest and verification code as attributes), null when there is none. One the shop cannot
     * accept does not undo the completion: it comes back as its problem.
     */
    private static AgencyDocument document(Element response) {
        List<Element> documents = TaxReplyReader.children(response, TaxSoap.TAX_NS, "document");
        if (documents.isEmpty()) {
            return null;
        }
        if (documents.size() > 1) {
            return AgencyDocument.refused("the answer carries " + documents.size() + " documents, not one");
        }
        Element document = documents.get(0);
        return DOCUMENTS.read(new DocumentReader.Declared(
                attribute(document, "fileName"),
                attribute(document, "contentType"),
                attribute(document, "size"),
                attribute(document, "sha256"),
                attribute(document, "verificationCode"),
                document.getTextContent()));
    }

    private static String attribute(Element element, String name) {
        return element.hasAttribute(name) ? element.getAttribute(name) : null;
    }

    private static TaskOutcome fault(String reply) {
        if (reply == null || reply.isBlank()) {
            throw new TransientAgencyException("Tax authority answered 500 without a SOAP fault");
        }
        Element fault = TaxReplyReader.bodyContent(reply);
        if (!TaxReplyReader.is(fault, TaxSoap.ENVELOPE_NS, "Fault")) {
            throw new TransientAgencyException("Tax authority answered 500 without a SOAP fault");
        }
        String faultString = TaxReplyReader.text(fault, null, "faultstring");
        return switch (faultCode(fault, reply)) {
            case "Client" -> rejection(fault, faultString, reply);
            case "Server" -> throw new TransientAgencyException("Tax authority server fault: " + faultString);
            default -> throw TaxReplyReader.unreadable("an unknown fault code", reply);
        };
    }

    /** The fault code's class in the SOAP envelope namespace ({@code Client}, {@code Server}, …). */
    private static String faultCode(Element fault, String reply) {
        Element code = TaxReplyReader.child(fault, null, "faultcode");
        String qualified = code == null ? "" : code.getTextContent().strip();
        int colon = qualified.indexOf(':');
        String prefix = colon < 0 ? null : qualified.substring(0, colon);
        String local = qualified.substring(colon + 1);
        if (local.isEmpty() || !TaxSoap.ENVELOPE_NS.equals(code.lookupNamespaceURI(prefix))) {
            throw TaxReplyReader.unreadable("a fault code outside the SOAP envelope namespace", reply);
        }
        // SOAP 1.1 refines a class with dots: Client.Authentication is still the client's fault.
        int dot = local.indexOf('.');
        return dot < 0 ? local : local.substring(0, dot);
    }

    /** Client faults about the envelope rather than the case (docs/agency-interfaces.md). */
    static final java.util.Set<String> ENVELOPE_FAULTS = java.util.Set.of(
            "MALFORMED", "MISSING_IDEMPOTENCY_KEY", "INVALID_IDEMPOTENCY_KEY", "UNKNOWN_ACTION", "KEY_REUSED");

    private static TaskOutcome rejection(Element fault, String faultString, String reply) {
        Element detail = TaxReplyReader.child(fault, null, "detail");
        Element rejection = detail == null ? null : TaxReplyReader.child(detail, TaxSoap.TAX_NS, "Rejection");
        String code = rejection == null ? null : TaxReplyReader.text(rejection, TaxSoap.TAX_NS, "code");
        if (code == null) {
            throw TaxReplyReader.unreadable("a client fault without a rejection code", reply);
        }
        String reason = TaxReplyReader.text(rejection, TaxSoap.TAX_NS, "reason");
        if (reason == null) {
            reason = faultString == null ? code : faultString;
        }
        if (ENVELOPE_FAULTS.contains(code)) {
            // The authority refused how the shop wrote the request, not the citizen's case: a fault of ours.
            throw new PermanentAgencyException("Tax authority refused the request envelope: " + code + ": " + reason);
        }
        return new TaskOutcome.Rejected(code, reason);
    }
}
