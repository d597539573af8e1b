package org.citizenshop.agencysim.iss;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.citizenshop.agencysim.common.Identifiers;

/**
 * The people the social security knows, by civil ID number, with their NISS: the civil registry's seeded citizens
 * (12345678 carries the valid NISS example of {@code identifiers.md}) and 30000006, who has died and for whom a death
 * grant can be asked.
 */
final class Beneficiaries {

    /** A beneficiary as the lookup discloses him. */
    record Beneficiary(String civilIdNumber, String niss, String name) {

        Beneficiary {
            if (!Identifiers.isCivilId(civilIdNumber) || !Identifiers.isNiss(niss) || niss.charAt(0) != '1') {
                throw new IllegalArgumentException("Not a civil ID number and a person's NISS: " + civilIdNumber);
            }
        }
    }

    static final List<Beneficiary> SEED = List.of(
            new Beneficiary("12345678", "16613186097", "Cidadã Exemplo Um"),
            new Beneficiary("30000001", "12000000012", "Cidadão Exemplo Dois"),
            new Beneficiary("30000002", "12000000020", "Cidadã Exemplo Três"),
            new Beneficiary("30000003", "12000000038", "Cidadão Exemplo Quatro"),
            new Beneficiary("30000004", "12000000046", "Cidadã Exemplo Cinco"),
            new Beneficiary("30000005", "12000000054", "Cidadão Exemplo Seis"),
            new Beneficiary("30000006", "12000000062", "Cidadão Exemplo Sete"));

    private static final Map<String, Beneficiary> BY_CIVIL_ID =
            SEED.stream().collect(Collectors.toUnmodifiableMap(Beneficiary::civilIdNumber, Function.identity()));

    private Beneficiaries() {}

    static Optional<Beneficiary> find(String civilIdNumber) {
        return Optional.ofNullable(BY_CIVIL_ID.get(civilIdNumber));
    }
}
