package org.citizenshop.agencysim.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "{", "{\"a\":1} trailing", "{\"a\":1,\"a\":2}", "not json"})
    void textThatIsNotOneJsonValue_isNotParsed(String text) {
        assertThat(Json.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\":1}", "[1,2]", "\"text\""})
    void oneJsonValue_isParsed(String text) {
        assertThat(Json.parse(text)).isPresent();
    }
}
