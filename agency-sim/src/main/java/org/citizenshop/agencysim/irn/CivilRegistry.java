package org.citizenshop.agencysim.irn;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The civil registry's known citizens: the seed, and the children whose births it registered since the last reset. The
 * first two carry the valid examples of {@code identifiers.md}; the other document numbers were computed by
 * {@code CitizenCardNumbers} in the tests, which also check them.
 */
final class CivilRegistry {

    private static final String BAIXA = "Rua Augusta 10, 1100-053 Lisboa";
    private static final String AVENIDAS_NOVAS = "Avenida da República 50, 3.º Esq., 1050-196 Lisboa";

    /**
     * Two couples at one address each (12345678 and 30000001 married, 30000002 and 30000003 in a civil union), two
     * unmarried citizens, and 30000006, who has died.
     */
    static final List<Citizen> SEED = List.of(
            new Citizen(
                    "12345678",
                    "123456782ZZ6",
                    "Cidadã Exemplo Um",
                    LocalDate.of(1985, 3, 14),
                    BAIXA,
                    MaritalStatus.MARRIED,
                    "30000001"),
            new Citizen(
                    "30000001",
                    "300000015AB9",
                    "Cidadão Exemplo Dois",
                    LocalDate.of(1983, 7, 2),
                    BAIXA,
                    MaritalStatus.MARRIED,
                    "12345678"),
            new Citizen(
                    "30000002",
                    "300000020ZX0",
                    "Cidadã Exemplo Três",
                    LocalDate.of(1990, 11, 23),
                    AVENIDAS_NOVAS,
                    MaritalStatus.CIVIL_UNION,
                    "30000003"),
            new Citizen(
                    "30000003",
                    "300000031ZZ3",
                    "Cidadão Exemplo Quatro",
                    LocalDate.of(1988, 1, 30),
                    AVENIDAS_NOVAS,
                    MaritalStatus.CIVIL_UNION,
                    "30000002"),
            new Citizen(
                    "30000004",
                    "300000047AA4",
                    "Cidadã Exemplo Cinco",
                    LocalDate.of(1995, 5, 9),
                    "Rua de São Bento 200, 1200-821 Lisboa",
                    MaritalStatus.UNMARRIED,
                    null),
            new Citizen(
                    "30000005",
                    "300000053ZY9",
                    "Cidadão Exemplo Seis",
                    LocalDate.of(1979, 9, 17),
                    "Rua Morais Soares 120, 1900-349 Lisboa",
                    MaritalStatus.UNMARRIED,
                    null),
            // Died: the death certificate reached the registry, the family has still to declare the death.
            new Citizen(
                    "30000006",
                    "300000064ZZ4",
                    "Cidadão Exemplo Sete",
                    LocalDate.of(1941, 2, 20),
                    "Rua da Madalena 30, 1100-321 Lisboa",
                    MaritalStatus.UNMARRIED,
                    null,
                    LocalDate.of(2026, 11, 20)));

    private final List<Citizen> seed;
    private final Map<String, Citizen> byCivilIdNumber = new ConcurrentHashMap<>();

    CivilRegistry(List<Citizen> seed) {
        this.seed = List.copyOf(seed);
        reset();
    }

    static CivilRegistry seeded() {
        return new CivilRegistry(SEED);
    }

    Optional<Citizen> find(String civilIdNumber) {
        return Optional.ofNullable(byCivilIdNumber.get(civilIdNumber));
    }

    /** A newly registered person, e.g. a child whose birth was registered; they have no card yet. */
    void register(Citizen citizen) {
        if (byCivilIdNumber.putIfAbsent(citizen.civilIdNumber(), citizen) != null) {
            throw new IllegalStateException("Civil ID number " + citizen.civilIdNumber() + " is already registered");
        }
    }

    /** Back to the seed alone. */
    void reset() {
        byCivilIdNumber.clear();
        seed.forEach(citizen -> byCivilIdNumber.put(citizen.civilIdNumber(), citizen));
    }
}
