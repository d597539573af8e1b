package org.citizenshop.application;

/** A CDI event: the catalogue changed (a version was published); what is derived from it is rebuilt. */
public record CatalogueChanged(String service) {}
