package org.citizenshop.agencysim.irn;

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

    static final List<Citizen> SEED = List.of(
            new Citizen("12345678", "123456782ZZ6", "Cidadã Exemplo Um"),
            new Citizen("30000001", "300000015AB9", "Cidadão Exemplo Dois"),
            new Citizen("30000002", "300000020ZX0", "Cidadã Exemplo Três"),
            new Citizen("30000003", "300000031ZZ3", "Cidadão Exemplo Quatro"),
            new Citizen("30000004", "300000047AA4", "Cidadã Exemplo Cinco"),
            new Citizen("30000005", "300000053ZY9", "Cidadão Exemplo Seis"));

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
