/**
 * The driving authority (IMT): asynchronous JMS on the agency's own ActiveMQ Artemis broker, reached
 * through the server's resource adapter {@value org.citizenshop.integration.imt.ImtDestinations#RESOURCE_ADAPTER}
 * (06-imt.cli). The route puts a case task's request on {@code imt.requests} in the caller's
 * transaction; a message-driven bean takes the replies from {@code imt.replies}, correlated by the
 * request key, and the translators at both edges turn tasks into requests and replies into answers.
 */
package org.citizenshop.integration.imt;
