package org.citizenshop.agencysim.notify;

/**
 * Reads the {@code ?to=} filter of the admin list. A mobile number may be given in either accepted form; and since an
 * unencoded {@code +} in a query string arrives as a space, {@code ?to=+351912345678} finds the number as well as the
 * correct {@code ?to=%2B351912345678} does. Anything else is compared as written (e-mail addresses ignoring case).
 */
final class RecipientQuery {

    private RecipientQuery() {}

    static String normalise(String query) {
        String stripped = query.strip();
        return MobileNumbers.normalise(stripped)
                .or(() -> MobileNumbers.normalise("+" + stripped))
                .orElse(stripped);
    }
}
