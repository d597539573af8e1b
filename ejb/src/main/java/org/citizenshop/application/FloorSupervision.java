package org.citizenshop.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a shop supervisor watches and decides on the floor. */
public interface FloorSupervision {

    FloorView floor(@NotBlank @Size(max = 30) String shop);

    /** Opens the shop's day: tickets can be taken again. */
    void openDay(@NotBlank @Size(max = 30) String shop);

    /**
     * Closes the day: no more tickets; unserved ones are closed with a reason, or carried over to
     * the next day where the shop keeps them. Tickets being served are left to finish.
     */
    DayClosing closeDay(@NotBlank @Size(max = 30) String shop);

    /** Closes a desk whoever is at it (a clerk who left without signing out); its called ticket waits again. */
    void closeDesk(@NotBlank @Size(max = 30) String desk);
}
