package org.citizenshop.domain.model.shop;

/** Whether a clerk is signed in at a desk. */
public enum DeskStatus {
    CLOSED,
    OPEN
}
