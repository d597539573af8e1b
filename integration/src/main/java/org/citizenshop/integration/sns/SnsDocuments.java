package org.citizenshop.integration.sns;

import ca.uhn.fhir.parser.LenientErrorHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.citizenshop.application.AgencyDocument;
import org.citizenshop.integration.delivery.DocumentReader;
import org.citizenshop.integration.delivery.PermanentAgencyException;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.StringType;

/**
 * Reads the registration proof the health service sends with SNS-REGISTER: a {@code DocumentReference}
 * contained in the Patient it answers, its verification code the {@code masterIdentifier} of system
 * {@code urn:pt:sns:verification-code}, the PDF its one {@code content[0].attachment} ({@code contentType},
 * {@code data} in base64, {@code size}, {@code title} as the file name) with the SHA-256 digest in
 * hexadecimal as the extension {@code urn:pt:sns:sha256} (FHIR's own {@code hash} is SHA-1). Checked by
 * {@link DocumentReader}; a proof the shop cannot accept does not undo the registration.
 */
final class SnsDocuments {

    static final String VERIFICATION_CODE = "urn:pt:sns:verification-code";
    static final String SHA256 = "urn:pt:sns:sha256";

    static final DocumentReader DOCUMENTS = DocumentReader.standard();

    /** The only elements of a Patient answer whose invalid values are the document's: its attachment's. */
    private static final Set<String> ATTACHMENT_ELEMENTS = Set.of("data", "size");

    private SnsDocuments() {}

    /**
     * Takes note of the values HAPI cannot parse (base64 that is not well-formed, a size that is not a
     * number) instead of refusing the whole answer, so that a broken proof does not hide the Patient;
     * whether they are the document's is decided once the Patient is read.
     */
    static final class InvalidValues extends LenientErrorHandler {

        private final List<String> elements = new ArrayList<>();

        InvalidValues() {
            super(false);
        }

        @Override
        public void invalidValue(IParseLocation location, String value, String error) {
            elements.add(location == null ? "(unknown)" : String.valueOf(location.getParentElementName()));
        }

        boolean has(String element) {
            return elements.contains(element);
        }
    }

    /**
     * The proof the Patient carries, null when it carries none.
     *
     * @throws PermanentAgencyException when a value that cannot be parsed is not the document's: the
     *     answer is no FHIR resource, as before documents
     */
    static AgencyDocument read(Patient patient, InvalidValues invalid, String agency) {
        List<DocumentReference> documents = patient.getContained().stream()
                .filter(DocumentReference.class::isInstance)
                .map(DocumentReference.class::cast)
                .toList();
        boolean onlyTheDocuments = ATTACHMENT_ELEMENTS.containsAll(invalid.elements)
                && (invalid.elements.isEmpty() || (documents.size() == 1 && !patient.hasPhoto()));
        if (!onlyTheDocuments) {
            throw new PermanentAgencyException(agency + " sent a reply that is not a FHIR resource: invalid "
                    + String.join(", ", invalid.elements));
        }
        if (documents.isEmpty()) {
            return null;
        }
        if (documents.size() > 1) {
            return AgencyDocument.refused("the registry sent " + documents.size() + " documents, not one");
        }
        DocumentReference document = documents.get(0);
        if (document.getContent().size() != 1) {
            return AgencyDocument.refused(
                    "the document has " + document.getContent().size() + " contents, not one");
        }
        if (invalid.has("data")) {
            return AgencyDocument.refused("the document's content is not valid base64");
        }
        if (invalid.has("size")) {
            return AgencyDocument.refused("the document's size is not a number");
        }
        Attachment attachment = document.getContentFirstRep().getAttachment();
        List<Extension> digests = attachment.getExtensionsByUrl(SHA256);
        if (digests.size() > 1) {
            return AgencyDocument.refused("the document has " + digests.size() + " SHA-256 digests, not one");
        }
        String sha256 = null;
        if (!digests.isEmpty()) {
            if (!(digests.get(0).getValue() instanceof StringType digest)) {
                return AgencyDocument.refused("the document's SHA-256 digest is not text");
            }
            sha256 = digest.getValue();
        }
        String code = document.hasMasterIdentifier()
                        && VERIFICATION_CODE.equals(
                                document.getMasterIdentifier().getSystem())
                ? document.getMasterIdentifier().getValue()
                : null;
        return DOCUMENTS.read(new DocumentReader.Declared(
                attachment.getTitle(),
                attachment.getContentType(),
                attachment.hasSize() ? attachment.getSizeElement().getValueAsString() : null,
                sha256,
                code,
                attachment.hasData() ? attachment.getDataElement().getValueAsString() : null));
    }
}
