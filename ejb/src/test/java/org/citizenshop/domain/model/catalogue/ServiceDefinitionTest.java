package org.citizenshop.domain.model.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.citizenshop.domain.model.InvalidInputException;
import org.citizenshop.domain.model.LocalizedText;
import org.junit.jupiter.api.Test;

class ServiceDefinitionTest {

    private static final ServiceDefinition.Field REASON = new ServiceDefinition.Field(
            "cc.reason",
            FieldType.CHOICE,
            new LocalizedText("Motivo", "Reason"),
            "card",
            true,
            null,
            List.of("FIRST", "RENEWAL"));

    private static ServiceDefinition card(int feeCents, List<ServiceDefinition.Field> fields) {
        return new ServiceDefinition(
                new LocalizedText("Pedir o Cartão de Cidadão", "Request a citizen card"),
                new LocalizedText("cartão", "card"),
                ServiceChannels.DESK,
                feeCents,
                15,
                List.of(new LocalizedText("Cartão atual", "Current card")),
                fields,
                null);
    }

    @Test
    void theChangesSinceAnEarlierVersion_nameEachAttribute() {
        ServiceDefinition before = card(1800, List.of(REASON));
        ServiceDefinition after = card(
                2000,
                List.of(new ServiceDefinition.Field(
                        "cc.deliveryPlace",
                        FieldType.TEXT,
                        new LocalizedText("Onde levantar", "Where to collect"),
                        "card",
                        false,
                        null,
                        List.of())));

        assertThat(after.changesSince(before))
                .extracting(ServiceDefinition.Change::attribute)
                .containsExactly("feeCents", "field cc.deliveryPlace", "field cc.reason");
        assertThat(after.changesSince(before).get(0))
                .isEqualTo(new ServiceDefinition.Change("feeCents", "1800", "2000"));
        assertThat(after.changesSince(before).get(2).after()).isNull();
        assertThat(before.changesSince(before)).isEmpty();
    }

    @Test
    void brokenRules_areRefused_namingTheField() {
        assertThatThrownBy(() -> card(-1, List.of()))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("field", "feeCents");
        assertThatThrownBy(() -> new ServiceDefinition(
                        new LocalizedText(" ", "Request"),
                        null,
                        ServiceChannels.DESK,
                        0,
                        15,
                        List.of(),
                        List.of(),
                        null))
                .hasFieldOrPropertyWithValue("field", "namePt");
        assertThatThrownBy(() -> new ServiceDefinition(
                        new LocalizedText("Pedir", "Request"),
                        null,
                        ServiceChannels.DESK,
                        0,
                        0,
                        List.of(),
                        List.of(),
                        null))
                .hasFieldOrPropertyWithValue("field", "averageMinutes");
        assertThatThrownBy(() -> card(0, List.of(REASON, REASON)))
                .hasFieldOrPropertyWithValue("messageKey", "catalogue.fieldTwice");
        assertThatThrownBy(() -> card(
                        0,
                        List.of(new ServiceDefinition.Field(
                                "Not A Key", FieldType.TEXT, new LocalizedText("x", "x"), "g", true, null, null))))
                .hasFieldOrPropertyWithValue("messageKey", "catalogue.fieldKey");
        assertThatThrownBy(() -> card(
                        0,
                        List.of(new ServiceDefinition.Field(
                                "cc.reason", FieldType.CHOICE, new LocalizedText("x", "x"), "g", true, null, null))))
                .hasFieldOrPropertyWithValue("messageKey", "catalogue.choicesRequired");
        assertThatThrownBy(() -> card(
                        0,
                        List.of(new ServiceDefinition.Field(
                                "cc.reason",
                                FieldType.TEXT,
                                new LocalizedText("x", "x"),
                                "g",
                                true,
                                null,
                                true,
                                null))))
                .as("only a field a registry prefills can be locked")
                .hasFieldOrPropertyWithValue("messageKey", "catalogue.lockedWithoutPrefill");
        assertThatThrownBy(() -> new ServiceDefinition(
                        new LocalizedText("Pedir", "Request"),
                        null,
                        ServiceChannels.DESK,
                        0,
                        15,
                        List.of(new LocalizedText("a|b", "a")),
                        List.of(),
                        null))
                .hasFieldOrPropertyWithValue("messageKey", "catalogue.noBar");
    }

    @Test
    void terms_areChecked_andAChangeOfThemIsOnRecord() {
        assertThatThrownBy(() -> new ServiceTerms(
                        ServiceTerms.IdentificationLevel.AUTHENTICATED, 2, ServiceTerms.SlaUnit.IMMEDIATE, "", "desk"))
                .hasFieldOrPropertyWithValue("field", "slaAmount");
        assertThatThrownBy(() -> new ServiceTerms(
                        ServiceTerms.IdentificationLevel.AUTHENTICATED, 1, ServiceTerms.SlaUnit.HOURS, "", "fax"))
                .hasFieldOrPropertyWithValue("messageKey", "catalogue.unknownConnector");
        assertThatThrownBy(() -> new ServiceTerms(null, 1, ServiceTerms.SlaUnit.HOURS, "", "desk"))
                .hasFieldOrPropertyWithValue("field", "minimumIdentification");

        ServiceDefinition before = card(1800, List.of());
        ServiceDefinition after = new ServiceDefinition(
                before.name(),
                before.keywords(),
                before.channels(),
                before.feeCents(),
                before.averageMinutes(),
                before.whatToBring(),
                before.fields(),
                new ServiceTerms(
                        ServiceTerms.IdentificationLevel.PRESENTED_DOCUMENT,
                        5,
                        ServiceTerms.SlaUnit.WORKING_DAYS,
                        "Lei n.º 7/2007",
                        "irn-rest"));
        assertThat(before.terms()).isEqualTo(ServiceTerms.DEFAULT);
        assertThat(after.changesSince(before))
                .extracting(ServiceDefinition.Change::attribute)
                .containsExactly("legalBasis", "connector");
    }
}
