package org.citizenshop.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/**
 * The citizen's consent before a life event reads the registries or shares his data with the
 * agencies; the customer display at a desk where he answers it; the once-only prefill it allows.
 */
public interface Consents {

    /** What a consent to a life event would cover (its lines), to show before it is asked or given. */
    List<ConsentView.Item> itemsFor(@NotBlank @Size(max = 30) String lifeEvent);

    /** A clerk at his desk asks; the display paired with the desk shows the question. */
    ConsentView request(@NotNull @Valid ConsentRequest request);

    /** A consent, for the clerk who asked it, a supervisor, or the citizen it belongs to. */
    ConsentView find(@NotBlank @Size(max = 36) String id);

    /** The logged-in citizen's consents, newest first. */
    List<ConsentView> mine();

    /** A citizen logged in at a kiosk gives his consent himself, for a life event at a shop. */
    ConsentView giveAtKiosk(@NotBlank @Size(max = 30) String lifeEvent, @NotBlank @Size(max = 20) String shop);

    /** Withdraws a given consent: steps not sent yet are cancelled. By the citizen, or a clerk at his request. */
    ConsentView withdraw(@NotBlank @Size(max = 36) String id);

    /**
     * Reads the registries the consent allows and returns the form's prefilled values; the values
     * typed so far tell which parent the citizen is.
     */
    Prefill prefill(@NotBlank @Size(max = 36) String id, @Size(max = 200) Map<String, String> typed);

    /** A new customer display: the token it keeps, and the code a clerk types to pair it. */
    DisplayRegistration registerDisplay();

    /** What a display shows now; its token is its credential. */
    DisplayScreen screen(@NotBlank @Size(max = 100) String displayToken);

    /** The citizen's answer on the display. */
    ConsentView answer(
            @NotBlank @Size(max = 100) String displayToken, @NotBlank @Size(max = 36) String id, boolean given);

    /** The clerk pairs the display that shows this code with his desk. */
    void pairDisplay(@NotBlank @Size(max = 30) String desk, @NotBlank @Size(max = 10) String pairingCode);

    /** Whether a display is paired with the desk. */
    boolean hasDisplay(@NotBlank @Size(max = 30) String desk);

    /** A new display's credential and pairing code. */
    record DisplayRegistration(String token, String pairingCode) implements java.io.Serializable {}
}
