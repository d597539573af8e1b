package org.citizenshop.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The identifier lists written into call next's queries (the queries themselves run in the ITs). */
class JpaTicketRepositoryTest {

    @Test
    void idList_isTheIdentifiersInAscendingOrder_soThatOneDeskAlwaysAsksTheSameQuery() {
        assertThat(JpaTicketRepository.idList(List.of(6L, 4L, 12L))).isEqualTo("(4, 6, 12)");
        assertThat(JpaTicketRepository.idList(Set.of(12L, 6L, 4L))).isEqualTo("(4, 6, 12)");
        assertThat(JpaTicketRepository.idList(List.of(7L))).isEqualTo("(7)");
    }

    @Test
    void idList_refusesNoIdentifiers_sinceAnEmptyListIsNoQuery() {
        assertThatThrownBy(() -> JpaTicketRepository.idList(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
