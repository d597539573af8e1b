package org.citizenshop.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class RejectionAdviceTest {

    @Test
    void codesAreReadByTheirKind() {
        assertThat(RejectionAdvice.keyFor("INVALID_CIVIL_ID")).isEqualTo("rejection.whatToDo.INVALID");
        assertThat(RejectionAdvice.keyFor("INVALID_SNS_NUMBER")).isEqualTo("rejection.whatToDo.INVALID");
        assertThat(RejectionAdvice.keyFor("UNKNOWN_CITIZEN")).isEqualTo("rejection.whatToDo.UNKNOWN");
        assertThat(RejectionAdvice.keyFor("NOT_FOUND")).isEqualTo("rejection.whatToDo.UNKNOWN");
        assertThat(RejectionAdvice.keyFor("OUTSIDE_MUNICIPALITY")).isEqualTo("rejection.whatToDo.OUTSIDE_MUNICIPALITY");
        assertThat(RejectionAdvice.keyFor("PATIENT_DECEASED")).isEqualTo("rejection.whatToDo.DECEASED");
    }

    @Test
    void anUnknownCode_orNone_getsTheGeneralAdvice() {
        assertThat(RejectionAdvice.keyFor("SOMETHING_ELSE")).isEqualTo("rejection.whatToDo.OTHER");
        assertThat(RejectionAdvice.keyFor(null)).isEqualTo("rejection.whatToDo.OTHER");
        assertThat(RejectionAdvice.keyFor(" ")).isEqualTo("rejection.whatToDo.OTHER");
    }

    @Test
    void everyAdviceIsWrittenInBothLanguages() {
        for (String code :
                new String[] {"INVALID_NIF", "UNKNOWN_PATIENT", "OUTSIDE_MUNICIPALITY", "PATIENT_DECEASED", "X"}) {
            String portuguese = Texts.text(Texts.PORTUGUESE, RejectionAdvice.keyFor(code));
            String english = Texts.text(Locale.ENGLISH, RejectionAdvice.keyFor(code));
            assertThat(portuguese).startsWith("O que fazer:");
            assertThat(english).startsWith("What to do:");
        }
    }
}
