package org.citizenshop.integration.imt;

/**
 * A case task as the driving authority takes it: a text message with the JSON service request, whose
 * {@code JMSCorrelationID} is the task's request key.
 */
public record ImtRequest(String requestKey, String json) {}
