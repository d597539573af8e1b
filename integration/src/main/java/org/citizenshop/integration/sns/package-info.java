/**
 * The health service's user registry (SNS): HL7 FHIR R4 over REST; the route and the translators
 * that turn case tasks into {@code Patient} resources and its answers into outcomes.
 */
package org.citizenshop.integration.sns;
