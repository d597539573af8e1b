package org.citizenshop.agencysim.common;

import java.math.BigInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

/**
 * Hands out new identifiers with valid check digits from one sequence, so that no number is given twice in the life
 * of the process. A reset of the agencies does not restart it: the shop may still hold numbers given before.
 */
public final class NumberIssuer {

    private final AtomicLong sequence = new AtomicLong();
    private final long limit;
    private final LongFunction<String> format;

    private NumberIssuer(long limit, LongFunction<String> format) {
        this.limit = limit;
        this.format = format;
    }

    /** Civil ID numbers: 8 digits from {@code first} on. */
    public static NumberIssuer civilIds(long first) {
        return new NumberIssuer(99_999_999L - first + 1, n -> String.format("%08d", first + n - 1));
    }

    /** NIFs starting with {@code prefix} (e.g. {@code 2}, {@code 5}, {@code 70}) and their check digit. */
    public static NumberIssuer nifs(String prefix) {
        int width = 8 - prefix.length();
        return new NumberIssuer(max(width), n -> {
            String digits = prefix + zeroPadded(n, width);
            return digits + Identifiers.nifCheckDigit(digits);
        });
    }

    /** NISS numbers starting with {@code prefix} ({@code 1} a person, {@code 2} an employer) and their check digit. */
    public static NumberIssuer niss(String prefix) {
        int width = 10 - prefix.length();
        return new NumberIssuer(max(width), n -> {
            String digits = prefix + zeroPadded(n, width);
            return digits + Identifiers.nissCheckDigit(digits);
        });
    }

    /** SNS user numbers: 9 digits from {@code first} on; the SNS publishes no check digit. */
    public static NumberIssuer snsNumbers(long first) {
        return new NumberIssuer(999_999_999L - first + 1, n -> String.format("%09d", first + n - 1));
    }

    /** Process-unique codes in groups of four digits ({@code 1234-5678-9012}) that do not look consecutive. */
    public static NumberIssuer accessCodes() {
        // An odd multiplier not divisible by 5 is invertible modulo 10^12, so distinct numbers give distinct codes.
        BigInteger modulus = BigInteger.TEN.pow(12);
        BigInteger multiplier = BigInteger.valueOf(761_838_257_287L);
        BigInteger offset = BigInteger.valueOf(193_707_721L);
        return new NumberIssuer(modulus.longValueExact() - 1, n -> {
            long code = BigInteger.valueOf(n)
                    .multiply(multiplier)
                    .add(offset)
                    .mod(modulus)
                    .longValueExact();
            String digits = String.format("%012d", code);
            return digits.substring(0, 4) + "-" + digits.substring(4, 8) + "-" + digits.substring(8);
        });
    }

    public String next() {
        long n = sequence.incrementAndGet();
        if (n > limit) {
            throw new IllegalStateException("No numbers left in this range");
        }
        return format.apply(n);
    }

    private static long max(int width) {
        return (long) Math.pow(10, width) - 1;
    }

    private static String zeroPadded(long n, int width) {
        return String.format("%0" + width + "d", n);
    }
}
