package org.citizenshop.agencysim.common;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Prints an agency's document as a one-page A4 PDF: the agency, the title, what it certifies (label and value per
 * line), the agency's reference, when it was issued and the verification code. Text outside the standard fonts'
 * character set is printed as {@code ?}, never dropped.
 */
public final class DocumentPrinter {

    private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");
    private static final DateTimeFormatter ISSUED =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(LISBON);
    private static final float MARGIN = 56;
    private static final float SIZE = 11;

    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    /** What a document says: its agency, its title and its lines in order. */
    public record Content(String agencyName, String title, Map<String, String> lines) {}

    public byte[] print(Content content, String agencyReference, String verificationCode, Instant issuedAt) {
        List<String[]> lines = new ArrayList<>();
        content.lines().forEach((label, value) -> lines.add(new String[] {label, value}));
        lines.add(new String[] {"Referência / Reference", agencyReference});
        lines.add(new String[] {"Emitido em / Issued", ISSUED.format(issuedAt)});
        lines.add(new String[] {"Código de verificação / Verification code", verificationCode});
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(printable(regular, content.title() + " " + agencyReference));
            info.setAuthor(printable(regular, content.agencyName()));
            info.setSubject(verificationCode);
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            float y = PDRectangle.A4.getHeight() - MARGIN;
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                y = write(text, bold, SIZE * 1.1f, content.agencyName(), y);
                y = write(text, bold, SIZE * 1.6f, content.title(), y - SIZE);
                y -= SIZE;
                for (String[] line : lines) {
                    y = write(text, regular, SIZE * 0.85f, line[0], y - SIZE * 0.4f);
                    y = write(text, bold, SIZE, line[1], y);
                }
                write(
                        text,
                        regular,
                        SIZE * 0.8f,
                        "Documento emitido eletronicamente; a sua autenticidade verifica-se com o código acima.",
                        y - SIZE * 2);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The document " + agencyReference + " could not be printed", e);
        }
    }

    private float write(PDPageContentStream content, PDType1Font font, float size, String text, float y)
            throws IOException {
        float next = y - size * 1.3f;
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(MARGIN, next);
        content.showText(printable(font, text));
        content.endText();
        return next;
    }

    private static String printable(PDType1Font font, String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            String character = new String(Character.toChars(codePoint));
            try {
                font.encode(character);
                out.append(character);
            } catch (IOException | IllegalArgumentException notInFont) {
                out.append('?');
            }
        });
        return out.toString();
    }
}
