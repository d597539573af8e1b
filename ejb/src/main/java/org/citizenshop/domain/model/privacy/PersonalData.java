package org.citizenshop.domain.model.privacy;

/** The kinds of a citizen's personal data the data tracker names, in words he understands. */
public enum PersonalData {
    /** Name and identification numbers. */
    IDENTITY,
    BIRTH_DATE,
    ADDRESS,
    /** Marital status, spouse or partner, children. */
    FAMILY,
    /** His household's income bracket, as the tax authority has it. */
    INCOME,
    /** What he wrote in a case's form and the agencies' answers to it. */
    CASE,
    /** What he agreed to. */
    CONSENT,
    /** A document an agency issued for his case (a birth record, a certificate). */
    DOCUMENT,
    /** His mobile number, to tell him something. */
    CONTACT
}
