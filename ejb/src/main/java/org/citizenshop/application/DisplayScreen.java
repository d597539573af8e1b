package org.citizenshop.application;

import java.io.Serializable;

/**
 * What a customer display shows now: its pairing code while no desk has it, its desk and nothing
 * to answer, or the consent the desk asks (to read and answer).
 */
public record DisplayScreen(String pairingCode, String desk, ConsentView asking) implements Serializable {

    public boolean isPaired() {
        return desk != null;
    }
}
