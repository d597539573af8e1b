package org.citizenshop.application;

import jakarta.validation.constraints.Size;

/**
 * Where a clerk sends a ticket: to the queue of another service (the citizen needs something else),
 * or to one desk. Exactly one of the two is given.
 */
public record Transfer(@Size(max = 30) String service, @Size(max = 30) String desk) {}
