package org.citizenshop.agencysim.irn;

import java.util.Optional;

/** Why a citizen card is requested; only a first card can be requested without the current card's number. */
enum CardReason {
    FIRST(false),
    RENEWAL(true),
    // A lost or stolen card is replaced on the civil ID number alone: its number is rarely at hand.
    REPLACEMENT(false);

    private final boolean needsCurrentCard;

    CardReason(boolean needsCurrentCard) {
        this.needsCurrentCard = needsCurrentCard;
    }

    boolean needsCurrentCard() {
        return needsCurrentCard;
    }

    static Optional<CardReason> parse(String text) {
        for (CardReason reason : values()) {
            if (reason.name().equals(text)) {
                return Optional.of(reason);
            }
        }
        return Optional.empty();
    }
}
