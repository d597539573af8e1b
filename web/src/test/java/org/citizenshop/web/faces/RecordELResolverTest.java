package org.citizenshop.web.faces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.Test;

class RecordELResolverTest {

    record Ticket(String number, int desk) {}

    private final RecordELResolver resolver = new RecordELResolver();

    private static ELContext context() {
        return new ELContext() {
            @Override
            public ELResolver getELResolver() {
                return null;
            }

            @Override
            public FunctionMapper getFunctionMapper() {
                return null;
            }

            @Override
            public VariableMapper getVariableMapper() {
                return null;
            }
        };
    }

    @Test
    void readsARecordComponentAsAProperty() {
        ELContext context = context();

        assertThat(resolver.getValue(context, new Ticket("A001", 3), "number")).isEqualTo("A001");
        assertThat(context.isPropertyResolved()).isTrue();
    }

    @Test
    void leavesOtherBasesAndUnknownNamesToTheNextResolver() {
        ELContext context = context();

        assertThat(resolver.getValue(context, "not a record", "length")).isNull();
        assertThat(resolver.getValue(context, new Ticket("A001", 3), "missing")).isNull();
        assertThat(context.isPropertyResolved()).isFalse();
    }

    @Test
    void recordsAreReadOnly() {
        ELContext context = context();

        assertThat(resolver.isReadOnly(context, new Ticket("A001", 3), "desk")).isTrue();
        assertThatThrownBy(() -> resolver.setValue(context(), new Ticket("A001", 3), "desk", 4))
                .isInstanceOf(PropertyNotWritableException.class);
    }
}
