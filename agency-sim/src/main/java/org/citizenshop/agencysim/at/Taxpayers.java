package org.citizenshop.agencysim.at;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.citizenshop.agencysim.common.Identifiers;

/**
 * The tax authority's registered taxpayers, by civil ID number: the civil registry's seeded citizens (12345678 and
 * 30000001 carry the valid NIF examples of {@code identifiers.md}) and 30000006, who has died and whose estate is yet
 * to be reported. Each has his household's income bracket (1 to 5, as the child benefit asks it).
 */
final class Taxpayers {

    /** A taxpayer as the lookup discloses him. */
    record Taxpayer(String civilIdNumber, String nif, String name, int householdIncomeBracket) {

        Taxpayer {
            if (!Identifiers.isCivilId(civilIdNumber) || !Identifiers.isNif(nif)) {
                throw new IllegalArgumentException("Not a civil ID number and NIF: " + civilIdNumber + ", " + nif);
            }
            if (householdIncomeBracket < 1 || householdIncomeBracket > 5) {
                throw new IllegalArgumentException("No income bracket " + householdIncomeBracket);
            }
        }
    }

    static final List<Taxpayer> SEED = List.of(
            new Taxpayer("12345678", "123456789", "Cidadã Exemplo Um", 3),
            new Taxpayer("30000001", "252601815", "Cidadão Exemplo Dois", 3),
            new Taxpayer("30000002", "230000029", "Cidadã Exemplo Três", 2),
            new Taxpayer("30000003", "230000037", "Cidadão Exemplo Quatro", 2),
            new Taxpayer("30000004", "230000045", "Cidadã Exemplo Cinco", 1),
            new Taxpayer("30000005", "230000053", "Cidadão Exemplo Seis", 4),
            new Taxpayer("30000006", "130000060", "Cidadão Exemplo Sete", 4));

    private static final Map<String, Taxpayer> BY_CIVIL_ID =
            SEED.stream().collect(Collectors.toUnmodifiableMap(Taxpayer::civilIdNumber, Function.identity()));

    private Taxpayers() {}

    static Optional<Taxpayer> find(String civilIdNumber) {
        return Optional.ofNullable(BY_CIVIL_ID.get(civilIdNumber));
    }
}
