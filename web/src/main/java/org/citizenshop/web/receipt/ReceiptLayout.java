package org.citizenshop.web.receipt;

import java.util.Locale;
import java.util.Optional;

/** The paper a receipt is printed on: an A4 sheet (desk printer) or an 80 mm thermal roll (kiosk). */
public enum ReceiptLayout {
    A4(595.28f, 841.89f, 56f, 11f, 150f),
    THERMAL(226.77f, 0f, 11f, 8.5f, 130f);

    /** Width of the page in points; the height of a thermal receipt follows its content. */
    final float width;

    final float height;
    final float margin;
    final float fontSize;
    final float qrSize;

    ReceiptLayout(float width, float height, float margin, float fontSize, float qrSize) {
        this.width = width;
        this.height = height;
        this.margin = margin;
        this.fontSize = fontSize;
        this.qrSize = qrSize;
    }

    /** "a4" or "thermal", any case; empty for anything else. */
    public static Optional<ReceiptLayout> named(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of(A4);
        }
        try {
            return Optional.of(valueOf(name.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
