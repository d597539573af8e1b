package org.citizenshop.agencysim.irn;

/**
 * A person known to the simulated civil registry, with the number of their current citizen card; null for a person
 * registered here who has no card yet.
 */
record Citizen(String civilIdNumber, String documentNumber, String name) {}
