package org.citizenshop.domain.model.citizen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.citizenshop.domain.model.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonNameTest {

    private static InvalidInputException rejection(ThrowingCallable parse) {
        InvalidInputException[] caught = new InvalidInputException[1];
        assertThatThrownBy(parse).isInstanceOfSatisfying(InvalidInputException.class, e -> caught[0] = e);
        return caught[0];
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "João|Silva",
                "Zoë|Ólafsdóttir",
                "Анна Мария|Иванова",
                "محمد|العلي",
                "प्रियंका|शर्मा",
                "美咲|佐藤",
                "Ana-Maria|D'Almeida",
                "Seán|O’Brien",
                "São-José|Castelo-Branco"
            })
    void acceptsLettersOfAnyScript_apostrophesAndHyphens(String givenNames, String surnames) {
        PersonName name = PersonName.of(givenNames, surnames);

        assertThat(name.givenNames()).isEqualTo(givenNames);
        assertThat(name.surnames()).isEqualTo(surnames);
        assertThat(name.fullName()).isEqualTo(givenNames + " " + surnames);
        assertThat(name.toString()).isEqualTo(name.fullName());
    }

    @Test
    void twoGivenNamesAndFourSurnames_theSixWordsOfTheRegistry_areAccepted() {
        PersonName name = PersonName.of("Ana Rita", "Silva Costa Pereira Santos");

        assertThat(name.fullName()).isEqualTo("Ana Rita Silva Costa Pereira Santos");
    }

    @Test
    void linkingWordsDoNotCount() {
        PersonName name = PersonName.of("Maria da Conceição", "dos Santos Pereira da Silva e Costa");

        assertThat(name.fullName()).isEqualTo("Maria da Conceição dos Santos Pereira da Silva e Costa");
    }

    @Test
    void repeatedAndSurroundingSpacesAreCollapsed() {
        PersonName name = PersonName.of("  Ana \t  Rita ", "Silva\u00A0 Costa  ");

        assertThat(name.givenNames()).isEqualTo("Ana Rita");
        assertThat(name.surnames()).isEqualTo("Silva Costa");
    }

    @Test
    void anAccentTypedAsASeparateMark_isTheSameName() {
        assertThat(PersonName.of("Joa\u0303o", "Simo\u0303es")).isEqualTo(PersonName.of("João", "Simões"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"Ana2|2", "Ana@Rita|@", "Ana.|.", "Ana_Rita|_", "Ana,Rita|,", "Ana\u200DRita|U+200D"})
    void refusesAnyOtherCharacter_namingIt(String givenNames, String character) {
        InvalidInputException e = rejection(() -> PersonName.of(givenNames, "Silva"));

        assertThat(e.messageKey()).isEqualTo("validation.name.character");
        assertThat(e.field()).isEqualTo("givenNames");
        assertThat(e.arguments()).containsExactly(character);
        assertThat(e.getMessage()).contains(character);
    }

    @Test
    void refusesAForbiddenCharacterInTheSurnames_onTheSurnamesField() {
        InvalidInputException e = rejection(() -> PersonName.of("Ana", "Silva 3"));

        assertThat(e.messageKey()).isEqualTo("validation.name.character");
        assertThat(e.field()).isEqualTo("surnames");
        assertThat(e.arguments()).containsExactly("3");
    }

    @Test
    void refusesAMarkThatStartsAWord() {
        InvalidInputException e = rejection(() -> PersonName.of("Ana \u0301Rita", "Silva"));

        assertThat(e.arguments()).containsExactly("U+0301");
    }

    @Test
    void refusesThreeGivenNames() {
        InvalidInputException e = rejection(() -> PersonName.of("Ana Rita Sofia", "Silva"));

        assertThat(e.messageKey()).isEqualTo("validation.name.tooManyGivenNames");
        assertThat(e.field()).isEqualTo("givenNames");
        assertThat(e.arguments()).containsExactly(2, 3);
    }

    @Test
    void refusesFiveSurnames() {
        InvalidInputException e = rejection(() -> PersonName.of("Ana", "Silva Costa Pereira Santos Lopes"));

        assertThat(e.messageKey()).isEqualTo("validation.name.tooManySurnames");
        assertThat(e.field()).isEqualTo("surnames");
        assertThat(e.arguments()).containsExactly(4, 5);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void refusesMissingGivenNames(String givenNames) {
        InvalidInputException e = rejection(() -> PersonName.of(givenNames, "Silva"));

        assertThat(e.messageKey()).isEqualTo("validation.name.givenNamesMissing");
        assertThat(e.field()).isEqualTo("givenNames");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void refusesMissingSurnames(String surnames) {
        InvalidInputException e = rejection(() -> PersonName.of("Ana", surnames));

        assertThat(e.messageKey()).isEqualTo("validation.name.surnamesMissing");
        assertThat(e.field()).isEqualTo("surnames");
    }
}
