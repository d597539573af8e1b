/** The simulated health service user registry (SNS) back office: HL7 FHIR R4 {@code Patient} over REST. */
package org.citizenshop.agencysim.sns;
