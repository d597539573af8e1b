package org.citizenshop.domain.model.citizen;

import java.util.List;
import java.util.Optional;

/** Who holds a NIF, as its first one or two digits tell (identifiers.md). */
public enum NifHolderKind {
    INDIVIDUAL(true, "1", "2", "3"),
    NON_RESIDENT_INDIVIDUAL(true, "45"),
    COMPANY(false, "5"),
    PUBLIC_BODY(false, "6"),
    ESTATE(false, "70", "74", "75"),
    NON_RESIDENT_COMPANY(false, "71"),
    INVESTMENT_FUND(false, "72"),
    OFFICIOUS_ASSIGNMENT(false, "77"),
    EXCEPTIONAL_REGIME(false, "79"),
    /** No longer issued, but old numbers are still in use. */
    SOLE_TRADER(false, "8"),
    CONDOMINIUM_OR_IRREGULAR_COMPANY(false, "90", "91"),
    NON_RESIDENT_WITHOUT_ESTABLISHMENT(false, "98"),
    CIVIL_SOCIETY(false, "99");

    private final boolean individual;
    private final List<String> prefixes;

    NifHolderKind(boolean individual, String... prefixes) {
        this.individual = individual;
        this.prefixes = List.of(prefixes);
    }

    /** No prefix starts another one (a lone 4, 7 or 9 is no kind), so at most one kind matches. */
    static Optional<NifHolderKind> ofNumber(String digits) {
        for (NifHolderKind kind : values()) {
            if (kind.prefixes.stream().anyMatch(digits::startsWith)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** A natural person's own tax number, resident or not; a sole trader's 8 is the business's. */
    public boolean isIndividual() {
        return individual;
    }
}
