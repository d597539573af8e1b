/** JMS on the server's Artemis broker: hand-off of agency requests and announcements of calls. */
package org.citizenshop.infrastructure.messaging;
