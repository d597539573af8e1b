package org.citizenshop.application.port;

/**
 * The record of who did what: every state change of the shop floor and every agency outcome. Never
 * given personal data in clear; subjects are business identifiers (ticket numbers, request keys).
 */
public interface AuditTrail {

    void record(String actor, String action, String subject, String detail);
}
