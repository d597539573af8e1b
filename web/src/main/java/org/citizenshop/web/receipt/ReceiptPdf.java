package org.citizenshop.web.receipt;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.citizenshop.application.CaseView;
import org.citizenshop.application.ConsentView;
import org.citizenshop.web.i18n.Texts;
import uk.org.okapibarcode.backend.QrCode;
import uk.org.okapibarcode.graphics.Rectangle;

/**
 * Draws a case's receipt: the reference and tracking code, when and where it was submitted, every
 * step with its agency and state (a step whose agency has not taken it yet says it is queued), and a
 * QR code with the verification address, where anyone can check the receipt and follow the case;
 * the documents the agencies issued so far, each by its reference and verification code. Nothing
 * personal is printed beyond what the citizen already holds.
 */
public final class ReceiptPdf {

    private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");

    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final ReceiptLayout layout;
    private final Locale locale;

    public ReceiptPdf(ReceiptLayout layout, Locale locale) {
        this.layout = layout;
        this.locale = locale;
    }

    /** The receipt of {@code receipt}; {@code verifyUrl} is what its QR code opens. */
    private static final ZoneId RECEIPT_ZONE = ZoneId.of("Europe/Lisbon");

    public byte[] render(CaseView receipt, String verifyUrl) {
        List<Line> lines = lines(receipt, verifyUrl);
        float lineHeight = layout.fontSize * 1.35f;
        float contentHeight = lines.size() * lineHeight + layout.qrSize + 3 * layout.margin;
        float height = layout.height > 0 ? layout.height : contentHeight;
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(text("receipt.title") + " " + receipt.reference());
            info.setCreator("Citizen Shop");
            PDPage page = new PDPage(new PDRectangle(layout.width, height));
            document.addPage(page);
            float y = height - layout.margin;
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                for (Line line : lines) {
                    y -= lineHeight;
                    if (y < layout.margin + layout.qrSize) {
                        break;
                    }
                    content.beginText();
                    content.setFont(line.bold ? bold : regular, line.size);
                    content.newLineAtOffset(layout.margin, y);
                    content.showText(line.text);
                    content.endText();
                }
                drawQr(
                        content,
                        verifyUrl,
                        layout.margin,
                        Math.max(layout.margin, y - layout.qrSize - layout.margin / 2));
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The receipt of " + receipt.reference() + " could not be drawn", e);
        }
    }

    private record Line(String text, boolean bold, float size) {}

    private List<Line> lines(CaseView receipt, String verifyUrl) {
        float size = layout.fontSize;
        List<Line> lines = new ArrayList<>();
        add(lines, text("receipt.title"), true, size * 1.4f);
        add(lines, receipt.name().in(locale), true, size * 1.15f);
        add(lines, text("receipt.reference", receipt.reference()), true, size);
        add(lines, text("receipt.trackingCode", receipt.trackingCode()), false, size);
        add(
                lines,
                text(
                        "receipt.submitted",
                        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                                .withLocale(locale)
                                .format(receipt.submittedAt().atZone(LISBON)),
                        receipt.shop()),
                false,
                size);
        lines.add(new Line("", false, size));
        add(lines, text("receipt.steps"), true, size);
        for (CaseView.TaskView task : receipt.tasks()) {
            String state = task.queued()
                    ? text("taskStatus.QUEUED")
                    : "PENDING".equals(task.status())
                            ? text("taskStatus.WAITING")
                            : text("taskStatus." + task.status());
            add(lines, "• " + task.name().in(locale) + " (" + task.agency() + "): " + state, false, size);
        }
        List<CaseView.TaskView> proved = receipt.tasks().stream()
                .filter(task -> task.proof() != null && task.proof().verificationCode() != null)
                .toList();
        if (!proved.isEmpty()) {
            lines.add(new Line("", false, size));
            add(lines, text("receipt.proofs"), true, size);
            for (CaseView.TaskView task : proved) {
                add(
                        lines,
                        "• "
                                + text(
                                        "receipt.proof",
                                        task.name().in(locale),
                                        task.agency(),
                                        task.agencyReference(),
                                        task.proof().verificationCode()),
                        false,
                        size * 0.9f);
            }
        }
        if (receipt.identification() != null) {
            add(lines, text("case.identified." + receipt.identification().level()), false, size * 0.9f);
        }
        if (receipt.consent() != null) {
            ConsentView consent = receipt.consent();
            lines.add(new Line("", false, size));
            add(lines, text("receipt.consent"), true, size);
            add(
                    lines,
                    text("consent.status." + consent.status()) + " ("
                            + text("consent.channel." + consent.channel()) + ", "
                            + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                                    .withZone(RECEIPT_ZONE)
                                    .format(consent.answeredAt() == null ? consent.requestedAt() : consent.answeredAt())
                            + ")",
                    false,
                    size);
            if (!"SELF".equals(consent.legalBasis())) {
                add(lines, text("receipt.consentBasis", text("consent.basis." + consent.legalBasis())), false, size);
            }
            for (ConsentView.Item item : consent.items()) {
                add(
                        lines,
                        "• " + text("display.kind." + item.kind()) + " " + item.agency() + ": "
                                + item.purpose().in(locale),
                        false,
                        size * 0.9f);
            }
            add(lines, text("receipt.consentWithdraw"), false, size * 0.9f);
        }
        lines.add(new Line("", false, size));
        add(lines, text("receipt.queuedNote"), false, size * 0.9f);
        add(lines, text("receipt.verify"), false, size * 0.9f);
        add(lines, verifyUrl, false, size * 0.8f);
        return lines;
    }

    /** Adds {@code text} wrapped to the printable width. */
    private void add(List<Line> lines, String text, boolean isBold, float size) {
        PDType1Font font = isBold ? bold : regular;
        float width = layout.width - 2 * layout.margin;
        StringBuilder line = new StringBuilder();
        for (String word : splitLong(font, printable(font, text), size, width)) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && widthOf(font, candidate, size) > width) {
                lines.add(new Line(line.toString(), isBold, size));
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(new Line(line.toString(), isBold, size));
    }

    /** The words of {@code text}, a word wider than the line (an address) cut into pieces that fit. */
    private static List<String> splitLong(PDType1Font font, String text, float size, float width) {
        List<String> words = new ArrayList<>();
        for (String word : text.split(" ")) {
            String rest = word;
            while (widthOf(font, rest, size) > width && rest.length() > 1) {
                int fits = rest.length() - 1;
                while (fits > 1 && widthOf(font, rest.substring(0, fits), size) > width) {
                    fits--;
                }
                words.add(rest.substring(0, fits));
                rest = rest.substring(fits);
            }
            words.add(rest);
        }
        return words;
    }

    private static float widthOf(PDType1Font font, String text, float size) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The standard PDF fonts cover Western European text; anything else is replaced, never dropped silently. */
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

    private void drawQr(PDPageContentStream content, String url, float x, float y) throws IOException {
        QrCode qr = new QrCode();
        qr.setPreferredEccLevel(QrCode.EccLevel.M);
        qr.setContent(url);
        float scale = layout.qrSize / Math.max(qr.getWidth(), qr.getHeight());
        for (Rectangle module : qr.getRectangles()) {
            content.addRect(
                    x + (float) module.x * scale,
                    y + layout.qrSize - (float) (module.y + module.height) * scale,
                    (float) module.width * scale,
                    (float) module.height * scale);
        }
        content.fill();
    }

    private String text(String key, Object... arguments) {
        return Texts.text(locale, key, arguments);
    }
}
