package org.citizenshop.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.citizenshop.domain.model.LocalizedText;
import org.citizenshop.domain.model.catalogue.FieldType;
import org.citizenshop.domain.model.catalogue.ServiceChannels;
import org.citizenshop.domain.model.catalogue.ServiceDefinition;
import org.citizenshop.domain.model.catalogue.ServiceTerms;
import org.junit.jupiter.api.Test;

class ServiceDefinitionConverterTest {

    private final ServiceDefinitionConverter converter = new ServiceDefinitionConverter();

    @Test
    void aDefinition_comesBackFromItsColumn_asItWent() {
        ServiceDefinition definition = new ServiceDefinition(
                new LocalizedText("Alterar a morada \"nova\"", "Change the address"),
                new LocalizedText("morada mudança", "address moving"),
                ServiceChannels.BOTH,
                1250,
                8,
                List.of(new LocalizedText("Cartão de Cidadão", "Citizen card"), new LocalizedText("PIN", "PIN")),
                List.of(
                        new ServiceDefinition.Field(
                                "address",
                                FieldType.ADDRESS,
                                new LocalizedText("Nova morada", "New address"),
                                "address",
                                true,
                                "IRN",
                                true,
                                List.of()),
                        new ServiceDefinition.Field(
                                "reason",
                                FieldType.CHOICE,
                                new LocalizedText("Motivo", "Reason"),
                                "other",
                                false,
                                null,
                                List.of("A", "B"))),
                new ServiceTerms(
                        ServiceTerms.IdentificationLevel.AUTHENTICATED,
                        1,
                        ServiceTerms.SlaUnit.WORKING_DAYS,
                        "Código do Registo Civil, art. 96.º",
                        "irn-rest"));

        String column = converter.convertToDatabaseColumn(definition);

        assertThat(converter.convertToEntityAttribute(column)).isEqualTo(definition);
        assertThat(converter.convertToDatabaseColumn(null)).isNull();
        assertThat(converter.convertToEntityAttribute(null)).isNull();
    }

    @Test
    void aVersionWrittenBeforeFieldsCouldBeLocked_readsUnlocked() {
        String column = "{\"name\":{\"pt\":\"A\",\"en\":\"A\"},\"keywords\":{\"pt\":\"\",\"en\":\"\"},"
                + "\"channels\":\"DESK\",\"feeCents\":0,\"averageMinutes\":10,\"whatToBring\":[],"
                + "\"fields\":[{\"key\":\"deceased.nif\",\"type\":\"NIF\",\"label\":{\"pt\":\"N\",\"en\":\"N\"},"
                + "\"group\":\"deceased\",\"required\":true,\"prefillFrom\":\"AT\",\"choices\":[]}]}";

        assertThat(converter.convertToEntityAttribute(column).fields())
                .singleElement()
                .satisfies(field -> {
                    assertThat(field.prefillFrom()).isEqualTo("AT");
                    assertThat(field.prefillLocked()).isFalse();
                });
    }
}
