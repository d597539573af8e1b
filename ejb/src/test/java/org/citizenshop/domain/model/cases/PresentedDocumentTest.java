package org.citizenshop.domain.model.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.citizenshop.domain.model.InvalidInputException;
import org.citizenshop.domain.model.citizen.CivilIdNumber;
import org.junit.jupiter.api.Test;

class PresentedDocumentTest {

    private static final CivilIdNumber APPLICANT = CivilIdNumber.of("12345678");

    @Test
    void theApplicantsOwnCitizenCard_isAccepted_andShownByItsLastCharacters() {
        PresentedDocument card = PresentedDocument.of("citizen_card", "12345678 2 zz6", APPLICANT);

        assertThat(card.kind()).isEqualTo(PresentedDocument.Kind.CITIZEN_CARD);
        assertThat(card.number()).isEqualTo("123456782ZZ6");
        assertThat(card.masked()).isEqualTo("•••ZZ6");
    }

    @Test
    void anotherPersonsCard_aWrongCheckDigit_orNoKind_isRefusedAtItsField() {
        assertThatThrownBy(() -> PresentedDocument.of("CITIZEN_CARD", "300000015AB9", APPLICANT))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("field", "document.number")
                .hasFieldOrPropertyWithValue("messageKey", "validation.citizenCard.otherPerson");
        assertThatThrownBy(() -> PresentedDocument.of("CITIZEN_CARD", "123456783ZZ6", APPLICANT))
                .hasFieldOrPropertyWithValue("field", "document.number");
        assertThatThrownBy(() -> PresentedDocument.of("", "123456782ZZ6", APPLICANT))
                .hasFieldOrPropertyWithValue("field", "document.type");
        assertThatThrownBy(() -> PresentedDocument.of("DRIVING_LICENCE", "123456782ZZ6", APPLICANT))
                .hasFieldOrPropertyWithValue("messageKey", "document.typeRequired");
    }

    @Test
    void aPassportOrResidencePermit_isLettersAndDigits() {
        assertThat(PresentedDocument.of("PASSPORT", "cb 123456", APPLICANT).number())
                .isEqualTo("CB123456");
        assertThatThrownBy(() -> PresentedDocument.of("RESIDENCE_PERMIT", "AB-12", APPLICANT))
                .hasFieldOrPropertyWithValue("messageKey", "document.numberFormat");
    }
}
