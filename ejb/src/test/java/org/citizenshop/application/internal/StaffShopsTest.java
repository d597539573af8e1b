package org.citizenshop.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.citizenshop.domain.model.NotPermittedException;
import org.citizenshop.domain.model.shop.Shop;
import org.citizenshop.domain.model.shop.ShopCode;
import org.citizenshop.domain.model.staff.Clerk;
import org.citizenshop.domain.model.staff.ClerkRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StaffShopsTest {

    private final Shop laranjeiras = shop("LX-LARANJEIRAS", "Loja do Cidadão Laranjeiras");
    private final Shop carnide = shop("LX-CARNIDE", "Espaço Cidadão Carnide");
    private final List<String> audited = new ArrayList<>();
    private final StaffShops staff = new StaffShops();

    @BeforeEach
    void aRosterWithOneClerk() {
        staff.clerks = new ClerkRepository() {
            @Override
            public Optional<Clerk> find(String username) {
                return username.equals("clerk1") ? Optional.of(new Clerk("clerk1", laranjeiras)) : Optional.empty();
            }

            @Override
            public Optional<Shop> shopOf(String username) {
                return find(username).map(Clerk::shop);
            }
        };
        staff.audit =
                (actor, action, subject, detail) -> audited.add(actor + " " + action + " " + subject + " " + detail);
    }

    @Test
    void aClerk_worksAtTheShopOfHisRoster() {
        staff.requireAt("clerk1", laranjeiras, "LX-LARANJEIRAS");
        assertThat(staff.rosterAt("clerk1", laranjeiras, "LXL-01").username()).isEqualTo("clerk1");

        assertThat(staff.shopOf("clerk1")).hasValue("LX-LARANJEIRAS");
        assertThat(audited).isEmpty();
    }

    @Test
    void anotherShop_isRefused_sayingWhereHeWorks_andTheRefusalIsAudited() {
        assertThatThrownBy(() -> staff.requireAt("clerk1", carnide, "LXC-01"))
                .isInstanceOfSatisfying(NotPermittedException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("staff.otherShop");
                    assertThat(refused.arguments())
                            .containsExactly("LXC-01", "Espaço Cidadão Carnide", "Loja do Cidadão Laranjeiras");
                });
        assertThat(audited).containsExactly("clerk1 staff.refused LXC-01 worksAt=LX-LARANJEIRAS");
    }

    @Test
    void theRosterWithHisSkills_isGivenOnlyAtHisOwnShop() {
        assertThatThrownBy(() -> staff.rosterAt("clerk1", carnide, "LXC-02"))
                .isInstanceOfSatisfying(NotPermittedException.class, refused -> assertThat(refused.messageKey())
                        .isEqualTo("staff.otherShop"));
        assertThatThrownBy(() -> staff.rosterAt("stranger", laranjeiras, "LXL-02"))
                .isInstanceOfSatisfying(NotPermittedException.class, refused -> assertThat(refused.messageKey())
                        .isEqualTo("staff.notOnRoster"));
        assertThat(audited)
                .containsExactly(
                        "clerk1 staff.refused LXC-02 worksAt=LX-LARANJEIRAS",
                        "stranger staff.refused LXL-02 onNoRoster");
    }

    @Test
    void someoneOnNoRoster_worksNowhere() {
        assertThatThrownBy(() -> staff.requireAt("stranger", laranjeiras, "LXL-01"))
                .isInstanceOfSatisfying(NotPermittedException.class, refused -> assertThat(refused.messageKey())
                        .isEqualTo("staff.notOnRoster"));
        assertThat(staff.shopOf("stranger")).isEmpty();
        assertThat(audited).containsExactly("stranger staff.refused LXL-01 onNoRoster");
    }

    private static Shop shop(String code, String name) {
        return new Shop(ShopCode.of(code), name, ZoneId.of("Europe/Lisbon"), Locale.forLanguageTag("pt"));
    }
}
