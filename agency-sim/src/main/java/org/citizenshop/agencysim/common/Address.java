package org.citizenshop.agencysim.common;

/** A one-line address and the postal code found in it; the locality is what follows the code, when anything does. */
public record Address(String text, String postalCode) {

    /** The four-digit zone, {@code 1000} for {@code 1000-001}. */
    public String zone() {
        return postalCode.substring(0, 4);
    }

    /** {@code Lisboa} for {@code Rua Augusta 1, 1100-053 Lisboa}; empty when nothing follows the postal code. */
    public String locality() {
        String after =
                text.substring(text.indexOf(postalCode) + postalCode.length()).strip();
        int comma = after.indexOf(',');
        return (comma < 0 ? after : after.substring(0, comma)).strip();
    }
}
