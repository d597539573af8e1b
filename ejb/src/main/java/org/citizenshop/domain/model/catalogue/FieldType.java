package org.citizenshop.domain.model.catalogue;

/**
 * The kinds of input a service asks for. The identifier types are validated as
 * {@code identifiers.md} says (their value types are in {@code domain.model.citizen}).
 */
public enum FieldType {
    TEXT,
    NUMBER,
    DATE,
    TIME,
    CHOICE,
    YES_NO,
    /** A street address with its postal code (NNNN-NNN). */
    ADDRESS,
    IBAN,
    NIF,
    NISS,
    CITIZEN_CARD,
    SNS_NUMBER
}
