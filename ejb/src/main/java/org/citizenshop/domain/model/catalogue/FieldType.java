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
    /** The civil identification number (8 digits, for life). */
    CIVIL_ID,
    /** The citizen card's document number (civil ID, check digit, version, check digit). */
    CITIZEN_CARD,
    SNS_NUMBER
}
