package org.citizenshop.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Optional;

/** What a clerk does at a desk; the clerk is the caller. */
public interface DeskOperations {

    DeskState signIn(@NotBlank @Size(max = 30) String desk);

    void signOut(@NotBlank @Size(max = 30) String desk);

    /** A break: the desk calls nobody until resumed. */
    DeskState pause(@NotBlank @Size(max = 30) String desk);

    DeskState resume(@NotBlank @Size(max = 30) String desk);

    /**
     * Ends the visit in progress, if any, and calls the next ticket this desk and clerk may serve
     * (signing the caller in at a free desk); empty when nobody waits.
     */
    Optional<TicketView> callNext(@NotBlank @Size(max = 30) String desk);

    /** Announces the called ticket again; after the shop's recalls a no-show may be recorded. */
    TicketView recall(@NotBlank @Size(max = 30) String desk);

    DeskState state(@NotBlank @Size(max = 30) String desk);

    /** The code of the shop the caller works at (its roster lists him), if any. */
    Optional<String> ownShop();
}
