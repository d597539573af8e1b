/**
 * The simulated driving authority (IMT) back office: asynchronous JMS over its own embedded ActiveMQ Artemis broker,
 * requests on {@code imt.requests}, replies on {@code imt.replies} correlated by the request key.
 */
package org.citizenshop.agencysim.imt;
