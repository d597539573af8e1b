package org.citizenshop.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * A clerk asks the citizen at his desk to consent to a life event's use of his data: who the citizen
 * is (his civil ID number, from the document he presented), and, when he acts for someone else, the
 * legal basis ({@code SELF}, {@code PARENT_OF_MINOR}, {@code ATTORNEY}, {@code ESTATE_ADMINISTRATOR}),
 * for whom, and the document that proves it.
 */
public record ConsentRequest(
        @NotBlank @Size(max = 30) String desk,
        @NotBlank @Size(max = 30) String lifeEvent,
        @NotBlank @Size(max = 20) String civilId,
        @Size(max = 30) String legalBasis,
        @Size(max = 100) String onBehalfOf,
        @Size(max = 100) String basisDocument)
        implements Serializable {}
